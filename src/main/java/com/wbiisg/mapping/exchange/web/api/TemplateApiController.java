package com.wbiisg.mapping.exchange.web.api;

import java.io.IOException;

import com.wbiisg.mapping.exchange.internal.templates.NeedsTemplate;
import com.wbiisg.mapping.exchange.internal.templates.ProjectsTemplate;
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

	private final NeedsTemplate needs;

	private final ProjectsTemplate projects;

	TemplateApiController(NeedsTemplate needs, ProjectsTemplate projects) {
		this.needs = needs;
		this.projects = projects;
	}

	@GetMapping("/projects.xlsx")
	void projects(HttpServletResponse response) throws IOException {
		String fileName = this.projects.fileName();
		response.setContentType(ImportApiController.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		this.projects.write(response.getOutputStream());
	}

	@GetMapping("/needs.xlsx")
	void needs(@RequestParam(name = "cycle", required = false) @Nullable Long cycle,
			@RequestParam(name = "partner", required = false) @Nullable String partner,
			@RequestParam(name = "pillar", required = false) @Nullable String pillar, HttpServletResponse response)
			throws IOException {
		NeedsTemplate.Request request = this.needs.request(cycle, partner, pillar);
		response.setContentType(ImportApiController.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(request.fileName()).build().toString());
		this.needs.write(request, response.getOutputStream());
	}

}
