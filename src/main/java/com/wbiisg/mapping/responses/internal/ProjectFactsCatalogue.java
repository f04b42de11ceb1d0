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

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ProjectFactsCatalogue implements ProjectFacts {

	private static final int BATCH = 1000;

	private final ProjectRepository projects;

	private final ProjectLinkRepository links;

	ProjectFactsCatalogue(ProjectRepository projects, ProjectLinkRepository links) {
		this.projects = projects;
		this.links = links;
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
