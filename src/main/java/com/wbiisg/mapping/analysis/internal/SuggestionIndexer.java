package com.wbiisg.mapping.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

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
import com.wbiisg.mapping.responses.ProjectRegistered;
import com.wbiisg.mapping.responses.ProjectUnlinkedFromNeed;
import com.wbiisg.mapping.responses.ProjectsImported;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the suggestion index current from the events of the needs and responses modules.
 * Lucene is not transactional, so each change is indexed once its transaction has
 * committed (a rolled-back change never reaches the index), synchronously, and made
 * visible before the request that made it returns: the next page already suggests
 * accordingly. Each document is rebuilt from the facts, so a repeated or late event does
 * no harm. Spring Modulith records a publication of each event for each of these
 * after-commit listeners in the change's transaction and deletes it once the listener
 * returned (for a large import, once the background indexing finished): a change whose
 * indexing failed, or was cut by a stop, is indexed again when the publication is
 * retried.
 */
@Component
class SuggestionIndexer {

	static final int LARGE_IMPORT = 1000;

	private final ExecutorService background = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "suggestion-bulk-index");
		thread.setDaemon(true);
		return thread;
	});

	private final NeedFacts needs;

	private final ProjectFacts projects;

	private final SuggestionDocuments documents;

	private final SuggestionIndex index;

	private final ApplicationEventPublisher events;

	SuggestionIndexer(NeedFacts needs, ProjectFacts projects, SuggestionDocuments documents, SuggestionIndex index,
			ApplicationEventPublisher events) {
		this.needs = needs;
		this.projects = projects;
		this.documents = documents;
		this.index = index;
		this.events = events;
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void on(NeedEntered event) {
		need(event.needId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void on(NeedContentChanged event) {
		need(event.needId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void on(NeedStatusChanged event) {
		need(event.needId());
	}

	/**
	 * Hands the ids of an import's needs on to {@link #on(ImportedNeeds)}, in the
	 * importing transaction: the facts that {@link NeedsImported} carries for the
	 * coverage (up to tens of thousands) would make the recorded publication megabytes of
	 * JSON, the ids a fraction of that.
	 */
	@EventListener
	void on(NeedsImported event) {
		List<Long> ids = new ArrayList<>(event.createdIds());
		ids.addAll(event.updated());
		this.events.publishEvent(new ImportedNeeds(ids));
	}

	/**
	 * Every need of an import, made visible at once at the end. A large import (more than
	 * {@link #LARGE_IMPORT} needs) is indexed by a background thread, so that the import
	 * does not wait for the text analysis of tens of thousands of needs: its suggestions
	 * follow some seconds later, and its publication is completed only then, when the
	 * returned future is.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	CompletableFuture<@Nullable Void> on(ImportedNeeds event) {
		return indexing(event.ids(), this::indexNeeds);
	}

	private void indexNeeds(List<Long> ids) {
		for (NeedFact fact : this.needs.facts(ids)) {
			this.index.needs().put(fact.id(), this.documents.need(fact));
		}
		this.index.needs().refresh();
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void on(ProjectRegistered event) {
		project(event.projectId());
	}

	/**
	 * Every project of an import's batch, made visible after the commit; a large batch is
	 * indexed in the background, as a large import of needs is.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	CompletableFuture<@Nullable Void> on(ProjectsImported event) {
		List<Long> ids = new ArrayList<>(event.created());
		ids.addAll(event.updated());
		return indexing(ids, this::indexProjects);
	}

	private void indexProjects(List<Long> ids) {
		Map<Long, List<ProjectLinkView>> links = this.projects.linksOfProjects(ids);
		for (ProjectFact fact : this.projects.facts(ids)) {
			List<Long> linked = links.getOrDefault(fact.id(), List.of()).stream().map(ProjectLinkView::needId).toList();
			this.index.projects().put(fact.id(), this.documents.project(fact, linked, measures(linked)));
		}
		this.index.projects().refresh();
	}

	/**
	 * Indexes them now, or in the background when they are many; the future completes
	 * when they are indexed, or fails as the indexing did, so that the publication is
	 * retried.
	 */
	private CompletableFuture<@Nullable Void> indexing(List<Long> ids, Consumer<List<Long>> work) {
		if (ids.size() > LARGE_IMPORT) {
			return CompletableFuture.runAsync(() -> work.accept(ids), this.background);
		}
		work.accept(ids);
		return CompletableFuture.completedFuture(null);
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void on(ProjectChanged event) {
		project(event.projectId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void on(ProjectLinkedToNeed event) {
		project(event.projectId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void on(ProjectUnlinkedFromNeed event) {
		project(event.projectId());
	}

	private void need(long needId) {
		Optional<NeedFact> fact = this.needs.fact(needId);
		if (fact.isPresent()) {
			this.index.needs().put(needId, this.documents.need(fact.get()));
		}
		else {
			this.index.needs().delete(needId);
		}
		this.index.needs().refresh();
	}

	private void project(long projectId) {
		Optional<ProjectFact> fact = this.projects.fact(projectId);
		if (fact.isPresent()) {
			List<Long> linked = this.projects.linksOfProject(projectId).stream().map(ProjectLinkView::needId).toList();
			this.index.projects().put(projectId, this.documents.project(fact.get(), linked, measures(linked)));
		}
		else {
			this.index.projects().delete(projectId);
		}
		this.index.projects().refresh();
	}

	private List<String> measures(List<Long> needIds) {
		if (needIds.isEmpty()) {
			return List.of();
		}
		return StoredDocuments
			.byIds(this.index.needs(), needIds, Set.of(SuggestionDocuments.ID, SuggestionDocuments.MEASURE))
			.values()
			.stream()
			.map((need) -> need.get(SuggestionDocuments.MEASURE))
			.toList();
	}

	/**
	 * The needs of an import to index, by id: what the event publication registry keeps
	 * of a {@link NeedsImported} for this listener.
	 */
	record ImportedNeeds(List<Long> ids) {

		ImportedNeeds {
			ids = List.copyOf(ids);
		}

	}

}
