package com.wbiisg.mapping.analysis.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The two indexes of the match suggestions, one of needs and one of projects (so that the
 * BM25 statistics of each come from its own kind of text), memory-mapped under the data
 * directory or in memory.
 *
 * <p>
 * Changes are visible to searches at once (near-real-time readers) and reach the disk
 * with a commit at most {@code commit-interval} later and at shutdown. Each commit
 * records whether the application was still running: an index that a crash left behind,
 * or one built by another version of the analysis, is not trusted and is rebuilt at the
 * next start (see {@link SuggestionIndexRebuild}).
 */
@Component
class SuggestionIndex implements DisposableBean {

	/**
	 * The version of what the index holds: the text analysis and the fields.
	 */
	static final String FORMAT = SuggestionAnalyzer.VERSION + "." + SuggestionDocuments.VERSION;

	private static final String FORMAT_KEY = "format";

	private static final String STATE_KEY = "state";

	private static final String CLEAN = "closed";

	private static final String RUNNING = "running";

	private static final Logger log = LoggerFactory.getLogger(SuggestionIndex.class);

	private final Analyzer analyzer = new SuggestionAnalyzer();

	private final LuceneIndex needs;

	private final LuceneIndex projects;

	private final boolean leftClean;

	private final @Nullable ScheduledExecutorService committer;

	SuggestionIndex(SuggestionIndexProperties properties) {
		this.needs = new LuceneIndex(directory(properties, "needs"), this.analyzer);
		this.projects = new LuceneIndex(directory(properties, "projects"), this.analyzer);
		this.leftClean = cleanAndCurrent(this.needs.commitData()) && cleanAndCurrent(this.projects.commitData());
		if (properties.inMemory()) {
			this.committer = null;
		}
		else {
			commit(RUNNING);
			this.committer = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "suggestion-index-commit");
				thread.setDaemon(true);
				return thread;
			});
			long interval = Math.max(properties.commitInterval().toMillis(), 1000);
			this.committer.scheduleWithFixedDelay(this::commitInBackground, interval, interval, TimeUnit.MILLISECONDS);
		}
	}

	LuceneIndex needs() {
		return this.needs;
	}

	LuceneIndex projects() {
		return this.projects;
	}

	Analyzer analyzer() {
		return this.analyzer;
	}

	/**
	 * Whether the index is as the last clean shutdown left it, in the current format, and
	 * holds one document per need and per project.
	 */
	boolean isCurrent(long needCount, long projectCount) {
		return this.leftClean && this.needs.size() == needCount && this.projects.size() == projectCount;
	}

	/**
	 * Makes the changes so far visible to searches and, on disk, durable.
	 */
	void refreshAndCommit() {
		this.needs.refresh();
		this.projects.refresh();
		if (this.committer != null) {
			commit(RUNNING);
		}
	}

	synchronized void commitChanges() {
		if (this.needs.hasUncommittedChanges() || this.projects.hasUncommittedChanges()) {
			commit(RUNNING);
		}
	}

	/**
	 * A failed commit is retried at the next interval (an exception would end the
	 * schedule); the index stays marked as running, so a crash before a commit succeeds
	 * still rebuilds it.
	 */
	private void commitInBackground() {
		try {
			commitChanges();
		}
		catch (RuntimeException ex) {
			log.warn("Cannot commit the suggestion index; retrying at the next interval", ex);
		}
	}

	@Override
	public synchronized void destroy() throws IOException {
		if (this.committer != null) {
			this.committer.shutdownNow();
			commit(CLEAN);
		}
		try (LuceneIndex n = this.needs; LuceneIndex p = this.projects) {
			this.analyzer.close();
		}
	}

	private synchronized void commit(String state) {
		Map<String, String> data = Map.of(FORMAT_KEY, FORMAT, STATE_KEY, state);
		this.needs.commit(data);
		this.projects.commit(data);
	}

	private static boolean cleanAndCurrent(Map<String, String> data) {
		return FORMAT.equals(data.get(FORMAT_KEY)) && CLEAN.equals(data.get(STATE_KEY));
	}

	private static Directory directory(SuggestionIndexProperties properties, String name) {
		if (properties.inMemory() || properties.directory() == null) {
			return new ByteBuffersDirectory();
		}
		Path path = properties.directory().resolve(name);
		try {
			Files.createDirectories(path);
			return new MMapDirectory(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the suggestion index directory " + path, ex);
		}
	}

}
