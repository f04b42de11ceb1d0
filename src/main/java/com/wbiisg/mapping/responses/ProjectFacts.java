package com.wbiisg.mapping.responses;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Optional;

/**
 * The facts of projects and their links for modules that aggregate or index them
 * (analysis, search), regardless of who asks.
 */
public interface ProjectFacts {

	Optional<ProjectFact> fact(long projectId);

	List<ProjectFact> facts(Collection<Long> projectIds);

	/**
	 * The facts of the projects, in id order: for many projects at once (a report's),
	 * reading each once and keeping none in memory once handed on.
	 */
	void forEachFact(Collection<Long> projectIds, Consumer<ProjectFact> action);

	/**
	 * The ids of the projects of the initiative reported for the year (its response
	 * mapping), in id order.
	 */
	List<Long> reportedFor(String initiative, int year);

	/**
	 * The projects with ids above {@code afterId}, in id order, at most {@code limit}.
	 */
	List<ProjectFact> batchAfter(long afterId, int limit);

	long count();

	/**
	 * The links to the need, each with the share of its project's budget that counts.
	 */
	List<ProjectLinkView> linksOfNeed(long needId);

	/**
	 * The links to each of the needs (those without links left out), each with the share
	 * that counts.
	 */
	Map<Long, List<ProjectLinkView>> linksOfNeeds(Collection<Long> needIds);

	/**
	 * Every link to one of the needs, each with the share that counts, grouped by
	 * project: for many needs at once (a report's), reading each link once.
	 */
	void forEachLinkOfNeeds(Collection<Long> needIds, Consumer<ProjectLinkView> action);

	/**
	 * The links of each of the projects (those without links left out), each with the
	 * share that counts.
	 */
	Map<Long, List<ProjectLinkView>> linksOfProjects(Collection<Long> projectIds);

	/**
	 * The links of the project, each with the share that counts.
	 */
	List<ProjectLinkView> linksOfProject(long projectId);

}
