package com.wbiisg.mapping.analysis.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Lucene index of documents keyed by a numeric id, with one writer and one
 * {@link SearcherManager} shared by every request: a change is visible to the next search
 * as soon as {@link #refresh()} has reopened the near-real-time reader, and searches
 * never open a reader of their own. Commits (durability on disk) are separate from
 * visibility and left to the owner.
 */
final class LuceneIndex implements Closeable {

	static final String ID = "id";

	private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	LuceneIndex(Directory directory, Analyzer analyzer) {
		this.directory = directory;
		try {
			this.writer = open(directory, analyzer);
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the suggestion index in " + directory, ex);
		}
	}

	/**
	 * Work on the current searcher, which stays open until the work is done.
	 */
	interface Work<T> {

		T on(IndexSearcher searcher) throws IOException;

	}

	void put(long id, Iterable<? extends IndexableField> document) {
		run(() -> this.writer.updateDocument(idTerm(id), document));
	}

	void delete(long id) {
		run(() -> this.writer.deleteDocuments(idTerm(id)));
	}

	void clear() {
		run(this.writer::deleteAll);
	}

	/**
	 * Makes the changes so far visible to searches.
	 */
	void refresh() {
		run(this.searchers::maybeRefreshBlocking);
	}

	<T> T search(Work<T> work) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return work.on(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot search the suggestion index", ex);
		}
	}

	int size() {
		return search((searcher) -> searcher.getIndexReader().numDocs());
	}

	/**
	 * The user data of the last commit, or of the commit to come when set since.
	 */
	Map<String, String> commitData() {
		Map<String, String> data = new HashMap<>();
		Iterable<Map.Entry<String, String>> live = this.writer.getLiveCommitData();
		if (live != null) {
			live.forEach((entry) -> data.put(entry.getKey(), entry.getValue()));
		}
		return data;
	}

	void commit(Map<String, String> data) {
		run(() -> {
			this.writer.setLiveCommitData(Map.copyOf(data).entrySet());
			this.writer.commit();
		});
	}

	boolean hasUncommittedChanges() {
		return this.writer.hasUncommittedChanges();
	}

	@Override
	public void close() throws IOException {
		try {
			this.searchers.close();
			this.writer.close();
		}
		finally {
			this.directory.close();
		}
	}

	private static IndexWriter open(Directory directory, Analyzer analyzer) throws IOException {
		try {
			return new IndexWriter(directory, config(analyzer, OpenMode.CREATE_OR_APPEND));
		}
		catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException ex) {
			log.warn("The suggestion index in {} cannot be read ({}); it is built afresh", directory, ex.getMessage());
			return new IndexWriter(directory, config(analyzer, OpenMode.CREATE));
		}
	}

	private static IndexWriterConfig config(Analyzer analyzer, OpenMode mode) {
		return new IndexWriterConfig(analyzer).setOpenMode(mode);
	}

	private static Term idTerm(long id) {
		return new Term(ID, Long.toString(id));
	}

	private interface Step {

		void run() throws IOException;

	}

	private static void run(Step step) {
		try {
			step.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot change the suggestion index", ex);
		}
	}

}
