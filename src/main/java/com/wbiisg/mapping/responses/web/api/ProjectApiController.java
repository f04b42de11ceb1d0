package com.wbiisg.mapping.responses.web.api;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.responses.Coverage;
import com.wbiisg.mapping.responses.LinkInput;
import com.wbiisg.mapping.responses.NeedProject;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectDetails;
import com.wbiisg.mapping.responses.ProjectFilter;
import com.wbiisg.mapping.responses.ProjectLinkView;
import com.wbiisg.mapping.responses.ProjectManagement;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.Versions;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projects and their links to needs for scripts, under the same rules as the pages.
 */
@RestController
class ProjectApiController {

	/**
	 * Who enters projects at all; which projects each may change is the services' rule.
	 */
	static final String ENTERERS = "hasAnyRole('SECRETARIAT', 'PARTNER_FOCAL_POINT')";

	private final ProjectManagement projects;

	ProjectApiController(ProjectManagement projects) {
		this.projects = projects;
	}

	@GetMapping("/api/v1/projects")
	ProjectPage list(@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String funder,
			@RequestParam(required = false) @Nullable String implementer,
			@RequestParam(required = false) @Nullable String initiative,
			@RequestParam(required = false) @Nullable String pillar,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Long reportingOrganisation,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		ProjectFilter filter = new ProjectFilter(partner, funder, implementer, initiative, pillar,
				Inputs.enumValue("status", status, ProjectStatus.class), year, reportingOrganisation, q);
		Page<ProjectView> found = this.projects.search(filter, page, size);
		return new ProjectPage(found.getContent(), found.getTotalElements());
	}

	@PostMapping("/api/v1/projects")
	@PreAuthorize(ENTERERS)
	ResponseEntity<ProjectView> create(@RequestBody ProjectRequest request) {
		ProjectView project = this.projects.register(request.toInput());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + project.id())).body(project);
	}

	@GetMapping("/api/v1/projects/{id}")
	ProjectResponse get(@PathVariable long id) {
		ProjectDetails details = this.projects.get(id);
		return new ProjectResponse(details.project(),
				details.links().stream().map((linked) -> LinkResponse.of(linked.link(), linked.need())).toList(),
				details.hiddenLinks());
	}

	@PutMapping("/api/v1/projects/{id}")
	@PreAuthorize(ENTERERS)
	ProjectView update(@PathVariable long id, @RequestBody ProjectRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		return this.projects.update(id, Versions.expected(request.version(), ifMatch), request.toInput());
	}

	@PostMapping("/api/v1/projects/{id}/links")
	@PreAuthorize(ENTERERS)
	ResponseEntity<ProjectLinkView> link(@PathVariable long id, @RequestBody LinkRequest request) {
		ProjectLinkView link = this.projects.link(id,
				new LinkInput(request.needId(), Inputs.enumValue("coverage", request.coverage(), Coverage.class),
						request.sharePercent(), request.note()));
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/links/" + link.needId())).body(link);
	}

	@DeleteMapping("/api/v1/projects/{id}/links/{needId}")
	@PreAuthorize(ENTERERS)
	ResponseEntity<Void> unlink(@PathVariable long id, @PathVariable long needId) {
		this.projects.unlink(id, needId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/needs/{id}/projects")
	List<NeedProjectResponse> projectsOfNeed(@PathVariable long id) {
		return this.projects.ofNeed(id).stream().map(NeedProjectResponse::of).toList();
	}

	record ProjectPage(List<ProjectView> items, long total) {
	}

	record LinkRequest(@Nullable Long needId, @Nullable String coverage, @Nullable BigDecimal sharePercent,
			@Nullable String note) {
	}

	/**
	 * A project with the links the caller may see and the number it may not.
	 */
	record ProjectResponse(@JsonUnwrapped ProjectView project, List<LinkResponse> links, int hiddenLinks) {
	}

	/**
	 * A link of a project with what identifies the need.
	 */
	record LinkResponse(long needId, String measureCode, String partner, String title, NeedStatus needStatus,
			Coverage coverage, @Nullable BigDecimal sharePercent, BigDecimal effectiveSharePercent,
			@Nullable String note) {

		static LinkResponse of(ProjectLinkView link, NeedView need) {
			return new LinkResponse(need.id(), need.measureCode(), need.partner(), need.title(), need.status(),
					link.coverage(), link.sharePercent(), link.effectiveSharePercent(), link.note());
		}

	}

	/**
	 * A project that addresses a need, with its link to it.
	 */
	record NeedProjectResponse(long id, String title, List<String> funders, List<String> implementers,
			List<String> partners, ProjectStatus status, @Nullable BigDecimal budgetEur, Coverage coverage,
			@Nullable BigDecimal sharePercent, BigDecimal effectiveSharePercent, @Nullable String note) {

		static NeedProjectResponse of(NeedProject found) {
			ProjectView project = found.project();
			ProjectLinkView link = found.link();
			return new NeedProjectResponse(project.id(), project.title(), names(project, OrganisationRole.FUNDING),
					names(project, OrganisationRole.IMPLEMENTING), project.partners(), project.status(),
					project.budget().amountEur(), link.coverage(), link.sharePercent(), link.effectiveSharePercent(),
					link.note());
		}

		private static List<String> names(ProjectView project, OrganisationRole role) {
			return project.withRole(role).stream().map(ProjectView.Participant::shortName).toList();
		}

	}

}
