package com.wbiisg.mapping.exchange.web;

import java.io.IOException;

import com.wbiisg.mapping.exchange.NeedsTemplateRequest;
import com.wbiisg.mapping.exchange.TemplateDownloads;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The downloads of the needs and projects templates from the Import and cycle pages.
 */
@Controller
class TemplatePageController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final TemplateDownloads templates;

	TemplatePageController(TemplateDownloads templates) {
		this.templates = templates;
	}

	@GetMapping("/templates/projects.xlsx")
	void projects(HttpServletResponse response) throws IOException {
		String fileName = this.templates.projectsTemplateName();
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		this.templates.writeProjectsTemplate(response.getOutputStream());
	}

	@GetMapping("/templates/needs.xlsx")
	@Nullable String needs(@RequestParam(name = "cycle", required = false) @Nullable Long cycle,
			@RequestParam(name = "partner", required = false) @Nullable String partner,
			@RequestParam(name = "pillar", required = false) @Nullable String pillar, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		NeedsTemplateRequest request;
		try {
			request = this.templates.needsTemplate(cycle, partner, pillar);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("templateError", ex.message(LocaleContextHolder.getLocale()));
			return "redirect:/imports";
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("templateError", ex.message(LocaleContextHolder.getLocale()));
			return "redirect:/imports";
		}
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(request.fileName()).build().toString());
		this.templates.writeNeedsTemplate(request, response.getOutputStream());
		return null;
	}

}
