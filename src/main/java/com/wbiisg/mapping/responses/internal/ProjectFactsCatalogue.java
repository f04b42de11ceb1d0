package com.wbiisg.mapping.responses.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.wbiisg.mapping.responses.ProjectFact;
import com.wbiisg.mapping.responses.ProjectFacts;
import com.wbiisg.mapping.responses.ProjectLinkView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts of projects and their links for other modules. What is read for many needs or
 * projects at once is read a batch at a time and let go of once handed on (in a read-only
 * transaction). Where a report wants most of the projects or the links of most needs,
 * they are read in the order of an index from start to end, without lists of ids: H2
 * compares each row it finds with every id of such a list, so that a thousand ids at a
 * time cost most of a report's time at 100 times IISG size.
 */
@Service
@Transactional(readOnly = true)
class ProjectFactsCatalogue implements ProjectFacts {

	private static final int BATCH = 1000;

	private final ProjectRepository projects;

	private final ProjectLinkRepository links;

	private final ProjectSessionRepository session;

	/**
	 * Above how many needs or projects at once all are gone through.
	 */
	private final int scanAbove;

	/**
	 * How many links are read at a time when going through all.
	 */
	private final int page;

	@Autowired
	ProjectFactsCatalogue(ProjectRepository projects, ProjectLinkRepository links, ProjectSessionRepository session) {
		this(projects, links, session, 5 * BATCH, 5 * BATCH);
	}

	ProjectFactsCatalogue(ProjectRepository projects, ProjectLinkRepository links, ProjectSessionRepository session,
			int scanAbove, int page) {
		this.projects = projects;
		this.links = links;
		this.session = session;
		this.scanAbove = scanAbove;
		this.page = page;
	}

	@Override
	public Optional<ProjectFact> fact(long projectId) {
		return this.projects.findById(projectId).map(Project::toFact);
	}

	@Override
	public List<ProjectFact> facts(Collection<Long> projectIds) {
		return projectIds.isEmpty() ? List.of()
				: this.projects.findAllById(projectIds).stream().map(Project::toFact).toList();
	}

	@Override
	public void forEachFact(Collection<Long> projectIds, Consumer<ProjectFact> action) {
		List<Long> ids = projectIds.stream().distinct().sorted().toList();
		if (ids.size() > this.scanAbove && 2L * ids.size() > this.projects.count()) {
			Set<Long> wanted = Set.copyOf(ids);
			long after = Long.MIN_VALUE;
			List<Project> page;
			do {
				page = this.projects.findByIdGreaterThanOrderByIdAsc(after, Limit.of(BATCH));
				if (!page.isEmpty()) {
					// The page's collections in three queries over its range of ids,
					// instead of a batch query per collection and hundred projects.
					long first = page.get(0).getId();
					long last = page.get(page.size() - 1).getId();
					this.projects.fetchOrganisations(first, last);
					this.projects.fetchPlaces(first, last);
					this.projects.fetchFunding(first, last);
				}
				for (Project project : page) {
					if (wanted.contains(project.getId())) {
						action.accept(project.toFact());
					}
					after = project.getId();
				}
				forget(page);
			}
			while (page.size() == BATCH);
			return;
		}
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Project> batch = this.projects.findAllById(ids.subList(from, Math.min(ids.size(), from + BATCH)));
			batch.stream().sorted(Comparator.comparing(Project::getId)).map(Project::toFact).forEach(action);
			forget(batch);
		}
	}

	@Override
	public List<Long> reportedFor(String initiative, int year) {
		return this.projects.findReportedFor(initiative, year);
	}

	@Override
	public List<ProjectFact> batchAfter(long afterId, int limit) {
		return this.projects.findByIdGreaterThanOrderByIdAsc(afterId, Limit.of(limit))
			.stream()
			.map(Project::toFact)
			.toList();
	}

	@Override
	public long count() {
		return this.projects.count();
	}

	@Override
	public List<ProjectLinkView> linksOfNeed(long needId) {
		return linksOfNeeds(List.of(needId)).getOrDefault(needId, List.of());
	}

	@Override
	public Map<Long, List<ProjectLinkView>> linksOfNeeds(Collection<Long> needIds) {
		if (needIds.isEmpty()) {
			return Map.of();
		}
		Set<Long> wanted = Set.copyOf(needIds);
		Set<Long> projectIds = this.links.findByNeedIdIn(wanted)
			.stream()
			.map(ProjectLink::getProjectId)
			.collect(Collectors.toSet());
		// Shares depend on every link of a project, so read them all.
		return linksOfProjects(projectIds).values()
			.stream()
			.flatMap(List::stream)
			.filter((link) -> wanted.contains(link.needId()))
			.collect(Collectors.groupingBy(ProjectLinkView::needId));
	}

	@Override
	public void forEachLinkOfNeeds(Collection<Long> needIds, Consumer<ProjectLinkView> action) {
		List<Long> needs = List.copyOf(needIds);
		Set<Long> wanted = Set.copyOf(needs);
		if (wanted.size() > this.scanAbove) {
			forEachLink(wanted, action);
			return;
		}
		Set<Long> projectIds = new TreeSet<>();
		for (int from = 0; from < needs.size(); from += BATCH) {
			projectIds
				.addAll(this.links.findProjectIdsByNeedIdIn(needs.subList(from, Math.min(needs.size(), from + BATCH))));
		}
		List<Long> projects = List.copyOf(projectIds);
		for (int from = 0; from < projects.size(); from += BATCH) {
			linksOfProjects(projects.subList(from, Math.min(projects.size(), from + BATCH))).values()
				.forEach((links) -> links.stream().filter((link) -> wanted.contains(link.needId())).forEach(action));
		}
	}

	/**
	 * Every link to one of the needs, going through all links project by project, a page
	 * at a time. A full page may end within a project's links: that project is read again
	 * with the next page, or whole on its own where it fills a page.
	 */
	private void forEachLink(Set<Long> wanted, Consumer<ProjectLinkView> action) {
		long after = Long.MIN_VALUE;
		while (true) {
			List<ProjectLink> page = this.links.findByProjectIdGreaterThanOrderByProjectIdAscNeedIdAsc(after,
					Limit.of(this.page));
			boolean full = page.size() == this.page;
			if (page.isEmpty()) {
				return;
			}
			long last = page.get(page.size() - 1).getProjectId();
			if (full && page.get(0).getProjectId() == last) {
				linksOfProject(last).stream().filter((link) -> wanted.contains(link.needId())).forEach(action);
				after = last;
			}
			else {
				int from = 0;
				for (int i = 1; i <= page.size(); i++) {
					long project = page.get(from).getProjectId();
					if (i < page.size() && page.get(i).getProjectId() == project) {
						continue;
					}
					if (full && project == last) {
						break;
					}
					ProjectLink.views(page.subList(from, i))
						.stream()
						.filter((link) -> wanted.contains(link.needId()))
						.forEach(action);
					after = project;
					from = i;
				}
			}
			forget(page);
			if (!full) {
				return;
			}
		}
	}

	/**
	 * Lets the persistence context go of what was read and handed on, in a read-only
	 * transaction (in a writing one the caller may hold changes).
	 */
	private void forget(List<?> read) {
		this.session.forgetRead(read);
	}

	@Override
	public Map<Long, List<ProjectLinkView>> linksOfProjects(Collection<Long> projectIds) {
		if (projectIds.isEmpty()) {
			return Map.of();
		}
		return this.links.findByProjectIdIn(projectIds)
			.stream()
			.sorted(Comparator.comparing(ProjectLink::getId))
			.collect(Collectors.groupingBy(ProjectLink::getProjectId))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> ProjectLink.views(entry.getValue())));
	}

	@Override
	public List<ProjectLinkView> linksOfProject(long projectId) {
		return ProjectLink.views(this.links.findByProjectIdOrderByIdAsc(projectId));
	}

}
