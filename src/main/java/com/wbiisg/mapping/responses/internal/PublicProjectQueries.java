package com.wbiisg.mapping.responses.internal;

import java.util.function.Consumer;
import java.util.function.LongFunction;

import com.wbiisg.mapping.responses.ProjectFilter;
import com.wbiisg.mapping.responses.PublicProject;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public project list, for anyone: only projects whose reporting member lists them
 * publicly, and of those only what {@link PublicProject} holds.
 */
@Service
@Transactional(readOnly = true)
public class PublicProjectQueries {

	private static final int BATCH = 500;

	private final ProjectRepository projects;

	private final ResponsesSupport support;

	PublicProjectQueries(ProjectRepository projects, ResponsesSupport support) {
		this.projects = projects;
		this.support = support;
	}

	public Page<PublicProject> list(ProjectFilter filter, int page, int size) {
		LongFunction<OrganisationName> names = this.support.names();
		return this.projects
			.findAll(matching(filter),
					PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), ProjectQueries.ORDER))
			.map((project) -> PublicProject.of(project.toView(names)));
	}

	/**
	 * Hands every matching project to {@code sink}, a batch at a time, so that a download
	 * does not hold the whole list in memory.
	 */
	public void forEach(ProjectFilter filter, Consumer<PublicProject> sink) {
		LongFunction<OrganisationName> names = this.support.names();
		Specification<Project> matching = matching(filter);
		Page<Project> batch;
		int page = 0;
		do {
			batch = this.projects.findAll(matching, PageRequest.of(page++, BATCH, ProjectQueries.ORDER));
			batch.forEach((project) -> sink.accept(PublicProject.of(project.toView(names))));
		}
		while (batch.hasNext());
	}

	private Specification<Project> matching(ProjectFilter filter) {
		ProjectFilter publicFilter = new ProjectFilter(filter.partner(), filter.funder(), filter.implementer(),
				filter.initiative(), filter.pillar(), filter.status(), filter.year(), null, filter.q());
		return ProjectSpecifications.publicListed()
			.and(ProjectSpecifications.matching(publicFilter, this.support.resolve(publicFilter)));
	}

}
