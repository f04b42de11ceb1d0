package com.wbiisg.mapping.responses.web;

import com.wbiisg.mapping.responses.ProjectDetails;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The page of one project: all its fields, its links to the needs the reader may see, and
 * for its editors the search for needs to link, which htmx loads in place and which also
 * works as a plain page without JavaScript.
 */
@Controller
class ProjectPageController {

	private final ProjectPageModel page;

	ProjectPageController(ProjectPageModel page) {
		this.page = page;
	}

	@GetMapping("/projects/{id}")
	@PreAuthorize(ProjectPageSupport.MEMBERS)
	String page(@PathVariable long id, Model model) {
		this.page.fill(model, id, ProjectPageModel.NeedSearch.none());
		return ProjectPageModel.PAGE;
	}

	@GetMapping("/projects/{id}/need-search")
	@PreAuthorize(ProjectPageSupport.EDITORS)
	String needSearch(@PathVariable long id, @ModelAttribute("search") ProjectPageModel.NeedSearch search,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		ProjectDetails details = this.page.fill(model, id, search);
		if (!details.mayEdit()) {
			throw new AccessDeniedException(UserText.of("responses.linking.editorsOnly").english());
		}
		return (htmx != null) ? ProjectPageModel.NEED_RESULTS : ProjectPageModel.PAGE;
	}

}
