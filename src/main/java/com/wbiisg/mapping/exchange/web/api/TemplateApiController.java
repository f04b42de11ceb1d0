package com.wbiisg.mapping.exchange.web.api;

import java.io.IOException;

import com.wbiisg.mapping.exchange.NeedsTemplateRequest;
import com.wbiisg.mapping.exchange.TemplateDownloads;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The offline XLSX templates: {@code GET /templates/needs.xlsx?cycle=&partner=&pillar=}
 * and {@code GET /templates/projects.xlsx}.
 */
@RestController
@RequestMapping("/api/v1/templates")
class TemplateApiController {

	private final TemplateDownloads templates;

	TemplateApiController(TemplateDownloads templates) {
		this.templates = templates;
	}

	@GetMapping("/projects.xlsx")
	void projects(HttpServletResponse response) throws IOException {
		String fileName = this.templates.projectsTemplateName();
		response.setContentType(ImportApiController.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		this.templates.writeProjectsTemplate(response.getOutputStream());
	}

	@GetMapping("/needs.xlsx")
	void needs(@RequestParam(name = "cycle", required = false) @Nullable Long cycle,
			@RequestParam(name = "partner", required = false) @Nullable String partner,
			@RequestParam(name = "pillar", required = false) @Nullable String pillar, HttpServletResponse response)
			throws IOException {
		NeedsTemplateRequest request = this.templates.needsTemplate(cycle, partner, pillar);
		response.setContentType(ImportApiController.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(request.fileName()).build().toString());
		this.templates.writeNeedsTemplate(request, response.getOutputStream());
	}

}
