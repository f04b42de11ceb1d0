package com.wbiisg.mapping.responses.internal;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import com.wbiisg.mapping.responses.Coverage;
import com.wbiisg.mapping.responses.LinkInput;
import com.wbiisg.mapping.responses.ProjectAudience;
import com.wbiisg.mapping.responses.ProjectLinkView;
import com.wbiisg.mapping.responses.Projects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects for other modules, such as the match suggestions of the analysis: the
 * visibility and editing rules of {@link ProjectViewer} and the linking of
 * {@link ProjectLinking}, so that no other module repeats them.
 */
@Service
@Transactional(readOnly = true)
class ProjectCatalogue implements Projects {

	private final ProjectRepository projects;

	private final ProjectLinking linking;

	private final ResponsesSupport support;

	ProjectCatalogue(ProjectRepository projects, ProjectLinking linking, ResponsesSupport support) {
		this.projects = projects;
		this.linking = linking;
		this.support = support;
	}

	@Override
	public ProjectAudience audienceOfCurrentUser() {
		return this.support.viewer().audience();
	}

	@Override
	public Set<Long> editableByCurrentUser(Collection<Long> projectIds) {
		ProjectViewer viewer = this.support.viewer();
		if (projectIds.isEmpty() || !viewer.entersProjects()) {
			return Set.of();
		}
		return this.projects.findAllById(projectIds)
			.stream()
			.filter((project) -> viewer.canSee(project) && viewer.canEdit(project))
			.map(Project::getId)
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	@Transactional
	public ProjectLinkView link(long projectId, long needId, Coverage coverage) {
		return this.linking.link(projectId, new LinkInput(needId, coverage, null, null));
	}

}
