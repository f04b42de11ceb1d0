package com.wbiisg.mapping.responses.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.wbiisg.mapping.responses.ProjectFilter;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.PublicProject;
import com.wbiisg.mapping.responses.PublicProjects;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public list of support projects, for anyone without signing in, and its CSV
 * download: only projects their reporting member lists publicly, and of those only what
 * {@link PublicProject} holds. Nothing about needs.
 */
@Controller
class PublicProjectPageController {

	static final String LIST = "responses/public-list";

	static final String CSV_NAME = "iisg-projects.csv";

	private final PublicProjects projects;

	private final ProjectPageSupport support;

	PublicProjectPageController(PublicProjects projects, ProjectPageSupport support) {
		this.projects = projects;
		this.support = support;
	}

	@GetMapping("/public/projects")
	String list(@ModelAttribute("filter") PublicFilter filter, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Page<PublicProject> found = this.projects.list(filter.toProjectFilter(), Math.max(page, 0),
				ProjectPageSupport.PAGE_SIZE);
		this.support.addFilterOptions(model);
		model.addAttribute("projects", found);
		model.addAttribute("query", filter.query());
		return LIST;
	}

	/**
	 * The matching projects as CSV, written as they are read so that memory does not grow
	 * with the list.
	 */
	@GetMapping("/public/projects.csv")
	void csv(@ModelAttribute("filter") PublicFilter filter, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(CSV_NAME).build().toString());
		ProjectCsv csv = new ProjectCsv(response.getWriter());
		csv.header();
		this.projects.forEach(filter.toProjectFilter(), csv::project);
		response.getWriter().flush();
	}

	/**
	 * The public list's filters as the page sends them.
	 */
	record PublicFilter(@Nullable String partner, @Nullable String funder, @Nullable String implementer,
			@Nullable String initiative, @Nullable String pillar, @Nullable String status, @Nullable String q) {

		ProjectFilter toProjectFilter() {
			return new ProjectFilter(ProjectPageSupport.upper(this.partner),
					ProjectPageSupport.blankToNull(this.funder), ProjectPageSupport.blankToNull(this.implementer),
					ProjectPageSupport.blankToNull(this.initiative), ProjectPageSupport.upper(this.pillar),
					statusValue(), null, null, ProjectPageSupport.blankToNull(this.q));
		}

		/**
		 * The filter as the query of a link, with only the parts given, such as
		 * {@code ?partner=BA}.
		 */
		String query() {
			UriComponentsBuilder query = UriComponentsBuilder.newInstance();
			param(query, "partner", this.partner);
			param(query, "funder", this.funder);
			param(query, "implementer", this.implementer);
			param(query, "initiative", this.initiative);
			param(query, "pillar", this.pillar);
			param(query, "status", this.status);
			param(query, "q", this.q);
			return query.encode().build().toUriString();
		}

		private static void param(UriComponentsBuilder query, String name, @Nullable String value) {
			String clean = ProjectPageSupport.blankToNull(value);
			if (clean != null) {
				query.queryParam(name, clean);
			}
		}

		@Nullable ProjectStatus statusValue() {
			return ProjectPageSupport.status(this.status);
		}

	}

}
