package com.wbiisg.mapping.analysis;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.wbiisg.mapping.analysis.internal.NeedCandidates;
import com.wbiisg.mapping.analysis.internal.NeedSource;
import com.wbiisg.mapping.analysis.internal.ProjectCandidates;
import com.wbiisg.mapping.analysis.internal.ProjectSource;
import com.wbiisg.mapping.analysis.internal.RankingWeights;
import com.wbiisg.mapping.analysis.internal.SuggestionRanker;
import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.needs.NeedFacts;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Needs;
import com.wbiisg.mapping.responses.ProjectAudience;
import com.wbiisg.mapping.responses.ProjectFact;
import com.wbiisg.mapping.responses.ProjectFacts;
import com.wbiisg.mapping.responses.ProjectLinkView;
import com.wbiisg.mapping.responses.Projects;
import com.wbiisg.mapping.shared.HiddenRecordException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Match suggestions for the current user: the projects that may address a need it may
 * see, and the needs a project it may see may address. Only what could be linked is
 * suggested (running projects; submitted needs of a partner the project benefits), never
 * what is linked already, and never a need or project the user may not see.
 */
@Service
@Transactional(readOnly = true)
public class MatchSuggestions {

	/**
	 * How many suggestions a list holds.
	 */
	public static final int LIMIT = 10;

	private static final RecordType NEED = RecordType.of("Need", "analysis.record.need");

	private static final RecordType PROJECT = RecordType.of("Project", "analysis.record.project");

	private final Needs needs;

	private final NeedFacts needFacts;

	private final ProjectFacts projectFacts;

	private final Projects projects;

	private final SuggestionRanker ranker;

	MatchSuggestions(Needs needs, NeedFacts needFacts, ProjectFacts projectFacts, Projects projects,
			SuggestionRanker ranker) {
		this.needs = needs;
		this.needFacts = needFacts;
		this.projectFacts = projectFacts;
		this.projects = projects;
		this.ranker = ranker;
	}

	/**
	 * @throws RecordNotFoundException when there is no such need, a
	 * {@link HiddenRecordException} when the user may not see it
	 */
	public List<Suggestion> projectsForNeed(long needId) {
		return projectsForNeed(this.needs.get(needId));
	}

	/**
	 * For a need the user may see.
	 */
	public List<Suggestion> projectsForNeed(NeedView need) {
		return this.ranker.projectsFor(NeedSource.of(need),
				new ProjectCandidates(true, need.id(), this.projects.audienceOfCurrentUser()), LIMIT,
				RankingWeights.DEFAULT);
	}

	/**
	 * @throws RecordNotFoundException when there is no such project, a
	 * {@link HiddenRecordException} when the user may not see it
	 */
	public List<Suggestion> needsForProject(long projectId) {
		ProjectAudience audience = this.projects.audienceOfCurrentUser();
		ProjectFact project = HiddenRecordException.requireVisible(this.projectFacts.fact(projectId),
				(fact) -> audience.canSee(fact.partners()), PROJECT, projectId);
		Set<Long> linked = this.projectFacts.linksOfProject(projectId)
			.stream()
			.map(ProjectLinkView::needId)
			.collect(Collectors.toSet());
		return this.ranker.needsFor(ProjectSource.of(project, linked),
				new NeedCandidates(true, project.partners(), linked, this.needFacts.audienceOfCurrentUser()), LIMIT,
				RankingWeights.DEFAULT);
	}

	/**
	 * The projects ranked for a need as if nothing were linked yet and the reader saw
	 * everything, whatever their status: for measuring the ranking against the links that
	 * members made.
	 */
	public List<Suggestion> rankAllProjectsForNeed(long needId, int limit, RankingWeights weights) {
		NeedFact need = this.needFacts.fact(needId).orElseThrow(() -> new RecordNotFoundException(NEED, needId));
		return this.ranker.projectsFor(NeedSource.of(need), ProjectCandidates.ALL, limit, weights);
	}

}
