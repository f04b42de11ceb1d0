package com.wbiisg.mapping.analysis.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.wbiisg.mapping.needs.NeedContentChanged;
import com.wbiisg.mapping.needs.NeedEntered;
import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.needs.NeedFacts;
import com.wbiisg.mapping.needs.NeedStatusChanged;
import com.wbiisg.mapping.needs.NeedsImported;
import com.wbiisg.mapping.responses.ProjectChanged;
import com.wbiisg.mapping.responses.ProjectFact;
import com.wbiisg.mapping.responses.ProjectFacts;
import com.wbiisg.mapping.responses.ProjectLinkView;
import com.wbiisg.mapping.responses.ProjectLinkedToNeed;
import com.wbiisg.mapping.responses.ProjectUnlinkedFromNeed;
import com.wbiisg.mapping.responses.ProjectsImported;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the read model current: recomputes the coverage of a need when it or a project
 * linked to it changes, in the transaction of the change, so the figures never lag behind
 * the data. A new link or a removed one changes the even shares of the project's other
 * links, so all the project's needs are recomputed. Its listeners stay synchronous, in
 * the change's transaction, rather than durable after the commit: pages read the coverage
 * right after the change, and an import's figures commit or roll back with it.
 */
@Component
@Transactional
class CoverageProjector {

	private final NeedFacts needs;

	private final ProjectFacts projects;

	private final AnalysedNeedRepository analysed;

	private final CoverageRepository coverage;

	private final CoverageBulkRepository bulk;

	private final AnalysisGeneration generation;

	CoverageProjector(NeedFacts needs, ProjectFacts projects, AnalysedNeedRepository analysed,
			CoverageRepository coverage, CoverageBulkRepository bulk, AnalysisGeneration generation) {
		this.needs = needs;
		this.projects = projects;
		this.analysed = analysed;
		this.coverage = coverage;
		this.bulk = bulk;
		this.generation = generation;
	}

	@EventListener
	void on(NeedEntered event) {
		refreshNeed(event.needId());
	}

	@EventListener
	void on(NeedContentChanged event) {
		refreshNeed(event.needId());
	}

	@EventListener
	void on(NeedStatusChanged event) {
		refreshNeed(event.needId());
	}

	/**
	 * New needs have no links yet: their rows are computed from the facts the event
	 * carries and inserted in bulk; changed ones are recomputed one by one.
	 */
	@EventListener
	void on(NeedsImported event) {
		this.generation.changed();
		List<CoverageBulkRepository.Computed> computed = new ArrayList<>(event.created().size());
		for (NeedFact need : event.created()) {
			computed.add(new CoverageBulkRepository.Computed(need, CoverageCalculator.of(need, List.of())));
		}
		this.bulk.insertAll(computed);
		event.updated().forEach(this::refreshNeed);
	}

	@EventListener
	void on(ProjectChanged event) {
		refreshProject(event.projectId());
	}

	/**
	 * The needs linked to the changed projects of an import's batch, read in one query;
	 * new projects have no links yet.
	 */
	@EventListener
	void on(ProjectsImported event) {
		if (event.updated().isEmpty()) {
			return;
		}
		Set<Long> needIds = new HashSet<>();
		this.projects.linksOfProjects(event.updated())
			.values()
			.forEach((links) -> links.forEach((link) -> needIds.add(link.needId())));
		needIds.forEach(this::refreshNeed);
	}

	@EventListener
	void on(ProjectLinkedToNeed event) {
		refreshProject(event.projectId());
	}

	@EventListener
	void on(ProjectUnlinkedFromNeed event) {
		refreshProject(event.projectId());
		refreshNeed(event.needId());
	}

	void refreshProject(long projectId) {
		Set<Long> needIds = new HashSet<>();
		this.projects.linksOfProject(projectId).forEach((link) -> needIds.add(link.needId()));
		needIds.forEach(this::refreshNeed);
	}

	void refreshNeed(long needId) {
		this.generation.changed();
		Optional<NeedFact> fact = this.needs.fact(needId);
		if (fact.isEmpty()) {
			this.analysed.deleteById(needId);
			this.coverage.deleteFunding(needId);
			return;
		}
		List<ProjectLinkView> links = this.projects.linksOfNeed(needId);
		Map<Long, ProjectFact> linked = this.projects.facts(links.stream().map(ProjectLinkView::projectId).toList())
			.stream()
			.collect(Collectors.toMap(ProjectFact::id, Function.identity()));
		store(fact.get(), CoverageCalculator.of(fact.get(), CoverageCalculator.join(links, linked)));
	}

	void store(NeedFact need, NeedCoverage computed) {
		AnalysedNeed row = this.analysed.findById(need.id()).orElse(null);
		if (row == null) {
			row = new AnalysedNeed(need, computed);
		}
		else {
			row.update(need, computed);
		}
		this.analysed.saveAndFlush(row);
		this.coverage.replaceFunding(need.id(), computed.byFunder(), computed.byImplementer());
	}

}
