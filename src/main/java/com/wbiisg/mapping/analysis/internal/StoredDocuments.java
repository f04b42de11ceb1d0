package com.wbiisg.mapping.analysis.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Reads stored fields of indexed documents by their ids, such as the measures of the
 * needs a project is linked to.
 */
final class StoredDocuments {

	private StoredDocuments() {
	}

	static Map<Long, Document> byIds(LuceneIndex index, Collection<Long> ids, Set<String> fields) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return index.search((searcher) -> byIds(searcher, ids, fields));
	}

	static TermInSetQuery idsQuery(Collection<Long> ids) {
		List<BytesRef> terms = new ArrayList<>(ids.size());
		ids.forEach((id) -> terms.add(new BytesRef(Long.toString(id))));
		return new TermInSetQuery(SuggestionDocuments.ID, terms);
	}

	private static Map<Long, Document> byIds(IndexSearcher searcher, Collection<Long> ids, Set<String> fields)
			throws IOException {
		TopDocs found = searcher.search(idsQuery(ids), ids.size());
		StoredFields stored = searcher.storedFields();
		Map<Long, Document> documents = new HashMap<>();
		for (ScoreDoc hit : found.scoreDocs) {
			Document document = stored.document(hit.doc, fields);
			documents.put(Long.parseLong(document.get(SuggestionDocuments.ID)), document);
		}
		return documents;
	}

}
