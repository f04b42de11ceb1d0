package com.wbiisg.mapping.responses.web.api;

import java.util.List;

import com.wbiisg.mapping.responses.ProjectFilter;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.PublicProject;
import com.wbiisg.mapping.responses.PublicProjects;
import com.wbiisg.mapping.shared.Inputs;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public project list for anyone, signed in or not.
 */
@RestController
class PublicProjectApiController {

	private final PublicProjects projects;

	PublicProjectApiController(PublicProjects projects) {
		this.projects = projects;
	}

	@GetMapping("/api/v1/public/projects")
	PublicPage list(@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String funder,
			@RequestParam(required = false) @Nullable String implementer,
			@RequestParam(required = false) @Nullable String initiative,
			@RequestParam(required = false) @Nullable String pillar,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		ProjectFilter filter = new ProjectFilter(partner, funder, implementer, initiative, pillar,
				Inputs.enumValue("status", status, ProjectStatus.class), year, null, q);
		Page<PublicProject> found = this.projects.list(filter, page, size);
		return new PublicPage(found.getContent(), found.getTotalElements());
	}

	record PublicPage(List<PublicProject> items, long total) {
	}

}
