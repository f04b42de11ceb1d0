package com.wbiisg.mapping.responses.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import com.wbiisg.mapping.responses.IatiProjectRecord;
import com.wbiisg.mapping.responses.IatiProjects;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects read as IATI activities, with their sectors and texts in every language; they
 * are written from activities by {@link IatiProjectBatching}.
 */
@Service
@Transactional(readOnly = true)
class IatiProjectCatalogue implements IatiProjects {

	private final ProjectRepository projects;

	private final ProjectIatiRepository extras;

	private final ResponsesSupport support;

	IatiProjectCatalogue(ProjectRepository projects, ProjectIatiRepository extras, ResponsesSupport support) {
		this.projects = projects;
		this.extras = extras;
		this.support = support;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IatiProjectState> find(String iatiIdentifier) {
		ProjectViewer viewer = this.support.viewer();
		return this.projects.findByIatiIdentifier(iatiIdentifier.strip())
			.filter(viewer::canSee)
			.map((project) -> state(project, this.support.names()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<IatiProjectState> visibleAfter(long afterId, int limit) {
		ProjectViewer viewer = this.support.viewer();
		LongFunction<OrganisationName> names = this.support.names();
		long after = afterId;
		List<IatiProjectState> visible = new ArrayList<>();
		// Read on past batches the user may not see, so a page is never empty by
		// accident.
		while (visible.size() < limit) {
			List<Project> batch = this.projects.findByIdGreaterThanOrderByIdAsc(after, Limit.of(limit));
			if (batch.isEmpty()) {
				break;
			}
			for (Project project : batch) {
				if (visible.size() < limit && viewer.canSee(project)) {
					visible.add(state(project, names));
				}
				after = project.getId();
			}
		}
		return visible;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<IatiProjectRecord.Sector>> sectors(Collection<Long> projectIds) {
		return this.extras.sectors(projectIds);
	}

	private IatiProjectState state(Project project, LongFunction<OrganisationName> names) {
		return new IatiProjectState(project.toView(names), this.extras.sectors(project.getId()),
				this.extras.narratives(project.getId()));
	}

}
