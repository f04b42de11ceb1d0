package com.wbiisg.mapping.analysis.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * The text of the need or project that suggestions start from, as weighted terms: each
 * part (title, description, measure texts) adds its weight for each occurrence of a term.
 * The query keeps the terms that say most about the source, by weight times their rarity
 * in the index searched (as Lucene's MoreLikeThis does), so that a long description does
 * not make a query of hundreds of clauses, and common words cost nothing.
 */
final class WeightedTerms {

	private final Analyzer analyzer;

	private final Map<String, Double> weights = new HashMap<>();

	WeightedTerms(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * The query and the average weight of one of its terms, the unit of the boosts.
	 */
	record TextQuery(Query query, double unit) {
	}

	WeightedTerms add(@Nullable String text, double weight) {
		if (text == null || text.isBlank() || weight <= 0) {
			return this;
		}
		try (TokenStream stream = this.analyzer.tokenStream(SuggestionDocuments.TEXT, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				this.weights.merge(term.toString(), weight, Double::sum);
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/**
	 * A query matching any of the {@code maxTerms} best terms in the text, and again in
	 * the title with {@code titleBoost}; null when no term occurs in the index.
	 */
	@Nullable TextQuery query(IndexReader reader, int maxTerms, double titleBoost) throws IOException {
		int documents = reader.numDocs();
		List<Chosen> candidates = new ArrayList<>();
		for (Map.Entry<String, Double> entry : this.weights.entrySet()) {
			int frequency = reader.docFreq(new Term(SuggestionDocuments.TEXT, entry.getKey()));
			if (frequency > 0) {
				double idf = Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
				candidates.add(new Chosen(entry.getKey(), dampened(entry.getValue()), idf));
			}
		}
		if (candidates.isEmpty()) {
			return null;
		}
		candidates.sort(Comparator.comparingDouble((Chosen chosen) -> chosen.boost() * chosen.idf()).reversed());
		List<Chosen> chosen = candidates.subList(0, Math.min(maxTerms, candidates.size()));
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		double total = 0;
		for (Chosen term : chosen) {
			query.add(new BoostQuery(new TermQuery(new Term(SuggestionDocuments.TEXT, term.term())),
					(float) term.boost()), Occur.SHOULD);
			if (titleBoost > 0) {
				query.add(new BoostQuery(new TermQuery(new Term(SuggestionDocuments.TITLE, term.term())),
						(float) (term.boost() * titleBoost)), Occur.SHOULD);
			}
			total += term.boost() * term.idf();
		}
		return new TextQuery(query.build(), total / chosen.size());
	}

	/**
	 * Repeated terms count more, but less than in proportion: a word of the title and
	 * description is not three times the subject.
	 */
	private static double dampened(double weight) {
		return (weight <= 1) ? weight : 1 + Math.log(weight);
	}

	private record Chosen(String term, double boost, double idf) {
	}

}
