package com.wbiisg.mapping.responses.web;

import com.wbiisg.mapping.responses.ProjectFilter;
import com.wbiisg.mapping.responses.ProjectManagement;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.ProjectView;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The projects every member may search, by beneficiary, funder, implementer, initiative,
 * pillar, status, reporting year and words, 50 a page; for a partner focal point also
 * "our projects", those its organisation reports.
 */
@Controller
class ProjectListPageController {

	static final String LIST = "responses/list";

	private final ProjectPageSupport support;

	private final ProjectManagement projects;

	ProjectListPageController(ProjectPageSupport support, ProjectManagement projects) {
		this.support = support;
		this.projects = projects;
	}

	@GetMapping("/projects")
	@PreAuthorize(ProjectPageSupport.MEMBERS)
	String list(@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String funder,
			@RequestParam(required = false) @Nullable String implementer,
			@RequestParam(required = false) @Nullable String initiative,
			@RequestParam(required = false) @Nullable String pillar,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "false") boolean ours, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Long own = ProjectPageSupport.ownOrganisation();
		ListFilter filter = new ListFilter(ProjectPageSupport.upper(partner), ProjectPageSupport.blankToNull(funder),
				ProjectPageSupport.blankToNull(implementer), ProjectPageSupport.blankToNull(initiative),
				ProjectPageSupport.upper(pillar), ProjectPageSupport.status(status), year,
				ProjectPageSupport.blankToNull(q), ours && own != null);
		Page<ProjectView> found = this.projects.search(filter.toProjectFilter(own), Math.max(page, 0),
				ProjectPageSupport.PAGE_SIZE);
		this.support.addFilterOptions(model);
		model.addAttribute("filter", filter);
		model.addAttribute("projects", found);
		model.addAttribute("mayEnter", this.projects.mayEnterProjects());
		model.addAttribute("hasOwn", own != null);
		return LIST;
	}

	/**
	 * The list's filter as the page shows it back.
	 */
	record ListFilter(@Nullable String partner, @Nullable String funder, @Nullable String implementer,
			@Nullable String initiative, @Nullable String pillar, @Nullable ProjectStatus status,
			@Nullable Integer year, @Nullable String q, boolean ours) {

		ProjectFilter toProjectFilter(@Nullable Long own) {
			return new ProjectFilter(this.partner, this.funder, this.implementer, this.initiative, this.pillar,
					this.status, this.year, this.ours ? own : null, this.q);
		}

	}

}
