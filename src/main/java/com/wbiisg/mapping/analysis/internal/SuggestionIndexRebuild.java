package com.wbiisg.mapping.analysis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

/**
 * Builds the suggestion index afresh at start-up when it cannot be trusted (see
 * {@link SuggestionIndex#isCurrent}): a new or in-memory index, data loaded without
 * events (the demo data, the synthetic generator), a crash, a new analysis version. Needs
 * first, a batch at a time, remembering each one's measure for the documents of the
 * projects linked to it. Searches see the previous index until the new one is complete.
 */
@Component
@Order(110)
class SuggestionIndexRebuild implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SuggestionIndexRebuild.class);

	private static final int BATCH = 1000;

	private final NeedFacts needs;

	private final ProjectFacts projects;

	private final SuggestionDocuments documents;

	private final SuggestionIndex index;

	SuggestionIndexRebuild(NeedFacts needs, ProjectFacts projects, SuggestionDocuments documents,
			SuggestionIndex index) {
		this.needs = needs;
		this.projects = projects;
		this.documents = documents;
		this.index = index;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.index.isCurrent(this.needs.count(), this.projects.count())) {
			rebuild();
		}
	}

	void rebuild() {
		long started = System.nanoTime();
		this.index.needs().clear();
		this.index.projects().clear();
		Map<Long, String> measureOfNeed = new HashMap<>();
		long after = 0;
		List<NeedFact> needBatch;
		while (!(needBatch = this.needs.batchAfter(after, BATCH)).isEmpty()) {
			for (NeedFact need : needBatch) {
				this.index.needs().put(need.id(), this.documents.need(need));
				measureOfNeed.put(need.id(), SuggestionDocuments.measureKey(need.initiative(), need.measureCode()));
			}
			after = needBatch.get(needBatch.size() - 1).id();
		}
		after = 0;
		List<ProjectFact> projectBatch;
		while (!(projectBatch = this.projects.batchAfter(after, BATCH)).isEmpty()) {
			Map<Long, List<ProjectLinkView>> links = this.projects
				.linksOfProjects(projectBatch.stream().map(ProjectFact::id).toList());
			for (ProjectFact project : projectBatch) {
				List<Long> linked = new ArrayList<>();
				List<String> measures = new ArrayList<>();
				for (ProjectLinkView link : links.getOrDefault(project.id(), List.of())) {
					linked.add(link.needId());
					String measure = measureOfNeed.get(link.needId());
					if (measure != null) {
						measures.add(measure);
					}
				}
				this.index.projects().put(project.id(), this.documents.project(project, linked, measures));
			}
			after = projectBatch.get(projectBatch.size() - 1).id();
		}
		this.index.refreshAndCommit();
		log.info("Indexed {} needs and {} projects for match suggestions in {} ms", measureOfNeed.size(),
				this.index.projects().size(), (System.nanoTime() - started) / 1_000_000);
	}

}
