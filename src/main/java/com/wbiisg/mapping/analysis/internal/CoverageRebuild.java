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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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

	private final CoverageBulkRepository bulk;

	private final AnalysisGeneration generation;

	/**
	 * Each batch is read in a read-only transaction of its own, so that what a batch
	 * loads is let go after it: in the rebuild's one transaction every query flushed and
	 * checked all entities read before it, which grew with the square of the data.
	 */
	private final TransactionTemplate batchReads;

	CoverageRebuild(NeedFacts needs, ProjectFacts projects, AnalysedNeedRepository analysed,
			CoverageRepository coverage, CoverageBulkRepository bulk, AnalysisGeneration generation,
			PlatformTransactionManager transactions) {
		this.needs = needs;
		this.projects = projects;
		this.analysed = analysed;
		this.coverage = coverage;
		this.bulk = bulk;
		this.generation = generation;
		this.batchReads = new TransactionTemplate(transactions);
		this.batchReads.setReadOnly(true);
		this.batchReads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
		List<Map.Entry<ProjectFact, List<ProjectLinkView>>> batch;
		while (!(batch = projectBatch(after)).isEmpty()) {
			for (Map.Entry<ProjectFact, List<ProjectLinkView>> entry : batch) {
				for (ProjectLinkView link : entry.getValue()) {
					byNeed.computeIfAbsent(link.needId(), (id) -> new ArrayList<>())
						.add(new Linked(link, entry.getKey()));
				}
			}
			after = batch.get(batch.size() - 1).getKey().id();
		}
		this.coverage.deleteAll();
		long count = 0;
		after = 0;
		List<NeedFact> needBatch;
		while (!(needBatch = needBatch(after)).isEmpty()) {
			List<CoverageBulkRepository.Computed> computed = new ArrayList<>();
			for (NeedFact need : needBatch) {
				computed.add(new CoverageBulkRepository.Computed(need,
						CoverageCalculator.of(need, byNeed.getOrDefault(need.id(), List.of()))));
			}
			this.bulk.insertAll(computed);
			count += needBatch.size();
			after = needBatch.get(needBatch.size() - 1).id();
		}
		log.info("Computed the coverage of {} needs in {} ms", count, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * The next projects after the id, each with its links, in id order.
	 */
	private List<Map.Entry<ProjectFact, List<ProjectLinkView>>> projectBatch(long after) {
		return this.batchReads.execute((status) -> {
			List<ProjectFact> projects = this.projects.batchAfter(after, BATCH);
			Map<Long, List<ProjectLinkView>> links = this.projects
				.linksOfProjects(projects.stream().map(ProjectFact::id).toList());
			return projects.stream()
				.map((project) -> Map.entry(project, links.getOrDefault(project.id(), List.of())))
				.toList();
		});
	}

	private List<NeedFact> needBatch(long after) {
		return this.batchReads.execute((status) -> this.needs.batchAfter(after, BATCH));
	}

}
