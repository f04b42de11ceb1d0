package com.wbiisg.mapping.analysis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.analysis.internal.CoverageCalculator.Linked;
import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.needs.NeedFacts;
import com.wbiisg.mapping.responses.ProjectFact;
import com.wbiisg.mapping.responses.ProjectFacts;
import com.wbiisg.mapping.responses.ProjectLinkView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the whole read model afresh at start-up when it does not hold every need (a
 * new database, data loaded without events such as the demo data or the synthetic
 * generator): every project's links once, a batch at a time, then every need.
 */
@Component
@Order(100)
class CoverageRebuild implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CoverageRebuild.class);

	private static final int BATCH = 1000;

	private final NeedFacts needs;

	private final ProjectFacts projects;

	private final AnalysedNeedRepository analysed;

	private final CoverageRepository coverage;

	private final AnalysisGeneration generation;

	CoverageRebuild(NeedFacts needs, ProjectFacts projects, AnalysedNeedRepository analysed,
			CoverageRepository coverage, AnalysisGeneration generation) {
		this.needs = needs;
		this.projects = projects;
		this.analysed = analysed;
		this.coverage = coverage;
		this.generation = generation;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.analysed.count() != this.needs.count()) {
			rebuild();
		}
	}

	@Transactional
	public void rebuild() {
		this.generation.changed();
		long started = System.nanoTime();
		Map<Long, List<Linked>> byNeed = new HashMap<>();
		long after = 0;
		List<ProjectFact> batch;
		while (!(batch = this.projects.batchAfter(after, BATCH)).isEmpty()) {
			Map<Long, ProjectFact> facts = new HashMap<>();
			batch.forEach((project) -> facts.put(project.id(), project));
			for (Map.Entry<Long, List<ProjectLinkView>> entry : this.projects.linksOfProjects(facts.keySet())
				.entrySet()) {
				for (ProjectLinkView link : entry.getValue()) {
					byNeed.computeIfAbsent(link.needId(), (id) -> new ArrayList<>())
						.add(new Linked(link, facts.get(entry.getKey())));
				}
			}
			after = batch.get(batch.size() - 1).id();
		}
		this.coverage.deleteAll();
		long count = 0;
		after = 0;
		List<NeedFact> needBatch;
		while (!(needBatch = this.needs.batchAfter(after, BATCH)).isEmpty()) {
			List<CoverageRepository.Computed> computed = new ArrayList<>();
			for (NeedFact need : needBatch) {
				computed.add(new CoverageRepository.Computed(need,
						CoverageCalculator.of(need, byNeed.getOrDefault(need.id(), List.of()))));
			}
			this.coverage.insertAll(computed);
			count += needBatch.size();
			after = needBatch.get(needBatch.size() - 1).id();
		}
		log.info("Computed the coverage of {} needs in {} ms", count, (System.nanoTime() - started) / 1_000_000);
	}

}
