package com.wbiisg.mapping.responses.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Needs;
import com.wbiisg.mapping.responses.NeedProject;
import com.wbiisg.mapping.responses.ProjectDetails;
import com.wbiisg.mapping.responses.ProjectFilter;
import com.wbiisg.mapping.responses.ProjectLinkView;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.shared.HiddenRecordException;
import com.wbiisg.mapping.shared.RecordNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads projects for the current user: lists, one project with the links to needs it may
 * see, the projects that address a need. A project the user may not see does not exist
 * for it (404); links to needs it may not see are only counted.
 */
@Service
@Transactional(readOnly = true)
public class ProjectQueries {

	static final Sort ORDER = Sort.by(Sort.Order.asc("title"), Sort.Order.asc("id"));

	private final ProjectRepository projects;

	private final ProjectLinkRepository links;

	private final Needs needs;

	private final ResponsesSupport support;

	ProjectQueries(ProjectRepository projects, ProjectLinkRepository links, Needs needs, ResponsesSupport support) {
		this.projects = projects;
		this.links = links;
		this.needs = needs;
		this.support = support;
	}

	public ProjectDetails get(long id) {
		ProjectViewer viewer = this.support.viewer();
		Project project = visible(viewer, id);
		List<ProjectLinkView> all = ProjectLink.views(this.links.findByProjectIdOrderByIdAsc(id));
		Map<Long, NeedView> seen = this.needs.findVisible(all.stream().map(ProjectLinkView::needId).toList())
			.stream()
			.collect(Collectors.toMap(NeedView::id, Function.identity()));
		List<ProjectDetails.LinkedNeed> linked = all.stream()
			.filter((link) -> seen.containsKey(link.needId()))
			.map((link) -> new ProjectDetails.LinkedNeed(link, seen.get(link.needId())))
			.toList();
		return new ProjectDetails(project.toView(this.support.names()), linked, all.size() - linked.size(),
				viewer.canEdit(project));
	}

	public Page<ProjectView> search(ProjectFilter filter, int page, int size) {
		ProjectViewer viewer = this.support.viewer();
		LongFunction<OrganisationName> names = this.support.names();
		return this.projects
			.findAll(
					ProjectSpecifications.visibleTo(viewer)
						.and(ProjectSpecifications.matching(filter, this.support.resolve(filter))),
					PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), ORDER))
			.map((project) -> project.toView(names));
	}

	/**
	 * The projects the current user may see that address the need, with their links.
	 * @throws RecordNotFoundException when there is no such need, a
	 * {@link HiddenRecordException} when the user may not see it
	 */
	public List<NeedProject> ofNeed(long needId) {
		ProjectViewer viewer = this.support.viewer();
		this.needs.get(needId);
		List<ProjectLink> toNeed = this.links.findByNeedIdOrderByIdAsc(needId);
		if (toNeed.isEmpty()) {
			return List.of();
		}
		List<Long> projectIds = toNeed.stream().map(ProjectLink::getProjectId).toList();
		Map<Long, Project> visible = this.projects.findAllById(projectIds)
			.stream()
			.filter(viewer::canSee)
			.collect(Collectors.toMap(Project::getId, Function.identity()));
		// Shares depend on every link of each project, so read them all.
		Map<Long, List<ProjectLink>> byProject = this.links.findByProjectIdIn(visible.keySet())
			.stream()
			.sorted((a, b) -> Long.compare(a.getId(), b.getId()))
			.collect(Collectors.groupingBy(ProjectLink::getProjectId));
		LongFunction<OrganisationName> names = this.support.names();
		return visible.values()
			.stream()
			.map((project) -> new NeedProject(project.toView(names),
					ProjectLink.views(byProject.get(project.getId()))
						.stream()
						.filter((link) -> link.needId() == needId)
						.findFirst()
						.orElseThrow()))
			.sorted((a, b) -> a.project().title().compareToIgnoreCase(b.project().title()))
			.toList();
	}

	/**
	 * Whether the current user may enter projects, and for which organisation.
	 */
	public Optional<Long> ownOrganisation() {
		ProjectViewer viewer = this.support.viewer();
		return viewer.entersProjects() ? Optional.ofNullable(viewer.organisationId()) : Optional.empty();
	}

	public boolean mayEnterProjects() {
		return this.support.viewer().entersProjects();
	}

	private Project visible(ProjectViewer viewer, long id) {
		return HiddenRecordException.requireVisible(this.projects.findById(id), viewer::canSee, ProjectRegistry.PROJECT,
				id);
	}

}
