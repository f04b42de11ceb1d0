package com.wbiisg.mapping.responses.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.needs.NeedFilter;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Needs;
import com.wbiisg.mapping.responses.Coverage;
import com.wbiisg.mapping.responses.FundingStage;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectDetails;
import com.wbiisg.mapping.responses.ProjectManagement;
import com.wbiisg.mapping.responses.ProjectPageSection;
import com.wbiisg.mapping.responses.ProjectView;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of a project's page: the project, the links to needs the reader may see, and
 * for its editors the panel to find needs and link them. Shared by the page and the forms
 * that show it again with their errors.
 */
@Component
class ProjectPageModel {

	static final String PAGE = "responses/project";

	static final String NEED_RESULTS = "responses/project :: need-results";

	static final int RESULTS_PAGE_SIZE = 20;

	private final ProjectPageSupport support;

	private final ProjectManagement projects;

	private final Needs needs;

	private final ObjectProvider<ProjectPageSection> sections;

	ProjectPageModel(ProjectPageSupport support, ProjectManagement projects, Needs needs,
			ObjectProvider<ProjectPageSection> sections) {
		this.support = support;
		this.projects = projects;
		this.needs = needs;
		this.sections = sections;
	}

	/**
	 * Fills the model of the page; the need search runs only for editors who searched.
	 */
	ProjectDetails fill(Model model, long id, NeedSearch search) {
		ProjectDetails details = this.projects.get(id);
		ProjectView project = details.project();
		model.addAttribute("details", details);
		model.addAttribute("project", project);
		model.addAttribute("sections",
				this.sections.orderedStream()
					.map((section) -> new Section(section.template(), section.data(project)))
					.toList());
		model.addAttribute("reporter", this.support.organisation(project.reportingOrganisationId()).orElse(null));
		model.addAttribute("partnerNames", this.support.partnerNames());
		model.addAttribute("roles", OrganisationRole.values());
		model.addAttribute("stages", FundingStage.values());
		model.addAttribute("coverages", Coverage.values());
		model.addAttribute("search", search);
		if (details.mayEdit()) {
			model.addAttribute("pillars", this.support.pillars());
			model.addAttribute("objectives", this.support.objectives());
			model.addAttribute("needStatuses", NeedStatus.values());
			model.addAttribute("results", search.given() ? results(details, search) : null);
		}
		return details;
	}

	/**
	 * A section another module adds to the page, ready to render.
	 */
	record Section(String template, Object data) {
	}

	private Page<NeedRow> results(ProjectDetails details, NeedSearch search) {
		Set<Long> linked = details.links().stream().map((link) -> link.link().needId()).collect(Collectors.toSet());
		List<String> partners = details.project().partners();
		return this.needs.search(search.toFilter(), search.safePage(), RESULTS_PAGE_SIZE)
			.map((need) -> new NeedRow(need, linked.contains(need.id()), partners.contains(need.partner())
					|| partners.contains(Partner.REGIONAL) || Partner.REGIONAL.equals(need.partner())));
	}

	/**
	 * A need found for linking: whether the project is already linked to it, and whether
	 * the project benefits its partner.
	 */
	record NeedRow(NeedView need, boolean linked, boolean benefits) {
	}

	/**
	 * The search for needs to link, as the panel sends it; {@code search} marks that it
	 * was sent at all.
	 */
	record NeedSearch(@Nullable String partner, @Nullable String pillar, @Nullable String objective,
			@Nullable String measure, @Nullable String status, @Nullable String q, @Nullable String page,
			@Nullable String search) {

		static NeedSearch none() {
			return new NeedSearch(null, null, null, null, null, null, null, null);
		}

		boolean given() {
			return this.search != null || this.partner != null || this.pillar != null || this.objective != null
					|| this.measure != null || this.status != null || this.q != null;
		}

		int safePage() {
			return (this.page == null || !this.page.matches("\\d{1,6}")) ? 0 : Integer.parseInt(this.page);
		}

		NeedFilter toFilter() {
			return new NeedFilter(null, ProjectPageSupport.upper(this.partner), ProjectPageSupport.upper(this.pillar),
					ProjectPageSupport.upper(this.objective), ProjectPageSupport.upper(this.measure), needStatus(),
					ProjectPageSupport.blankToNull(this.q));
		}

		@Nullable NeedStatus needStatus() {
			String wanted = ProjectPageSupport.upper(this.status);
			for (NeedStatus value : NeedStatus.values()) {
				if (value.name().equals(wanted)) {
					return value;
				}
			}
			return null;
		}

	}

}
