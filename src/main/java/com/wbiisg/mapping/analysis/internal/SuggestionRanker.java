package com.wbiisg.mapping.analysis.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.wbiisg.mapping.analysis.Suggestion;
import com.wbiisg.mapping.membership.Partner;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

import org.springframework.stereotype.Component;

/**
 * Ranks projects for a need and needs for a project: BM25 (Lucene's default similarity)
 * of the source's weighted terms (see {@link WeightedTerms}) over the other side's text
 * and title, which a candidate must match, plus constant boosts for the same partner, a
 * regional project, the same pillar, overlapping years and a project already linked to
 * needs of the same measure (see {@link RankingWeights}). The candidates' filters are
 * part of the query, so the top of the list is exact; a few more hits than asked are read
 * so that the check of each hit's visibility cannot shorten the list.
 */
@Component
public class SuggestionRanker {

	/**
	 * Enough for a need's title, description and measure; the long tail of a text adds
	 * clauses, not relevance.
	 */
	static final int MAX_TERMS = 25;

	private static final int SPARE_HITS = 10;

	private static final Set<String> SHOWN = Set.of(SuggestionDocuments.ID, SuggestionDocuments.TITLE,
			SuggestionDocuments.PARTNER, SuggestionDocuments.PILLAR, SuggestionDocuments.INITIATIVE,
			SuggestionDocuments.STATUS, SuggestionDocuments.RESTRICTED);

	private final SuggestionIndex index;

	private final FrameworkTexts texts;

	SuggestionRanker(SuggestionIndex index, FrameworkTexts texts) {
		this.index = index;
		this.texts = texts;
	}

	public List<Suggestion> projectsFor(NeedSource need, ProjectCandidates candidates, int limit,
			RankingWeights weights) {
		WeightedTerms terms = new WeightedTerms(this.index.analyzer()).add(need.title(), 3)
			.add(need.description(), 1)
			.add(this.texts.measure(need.cycleId(), need.measureCode()), 1);
		return this.index.projects().search((searcher) -> {
			WeightedTerms.TextQuery text = terms.query(searcher.getIndexReader(), MAX_TERMS, weights.title());
			if (text == null) {
				return List.of();
			}
			BooleanQuery.Builder query = new BooleanQuery.Builder().add(text.query(), Occur.MUST);
			double unit = text.unit();
			boost(query, anyOf(SuggestionDocuments.PARTNER, List.of(need.partner())), weights.partner() * unit);
			if (!Partner.REGIONAL.equals(need.partner())) {
				boost(query, anyOf(SuggestionDocuments.PARTNER, List.of(Partner.REGIONAL)), weights.regional() * unit);
			}
			boost(query, anyOf(SuggestionDocuments.PILLAR, List.of(need.pillar())), weights.pillar() * unit);
			boost(query, anyOf(SuggestionDocuments.YEAR, years(this.texts.years(need.cycleId()))),
					weights.period() * unit);
			boost(query,
					anyOf(SuggestionDocuments.MEASURE,
							List.of(SuggestionDocuments.measureKey(need.initiative(), need.measureCode()))),
					weights.measure() * unit);
			candidates.restrict(query);
			return top(searcher, query.build(), limit, candidates::admits);
		});
	}

	public List<Suggestion> needsFor(ProjectSource project, NeedCandidates candidates, int limit,
			RankingWeights weights) {
		Map<String, String> linkedMeasures = linkedMeasures(project);
		WeightedTerms terms = new WeightedTerms(this.index.analyzer()).add(project.title(), 3)
			.add(project.description(), 1);
		if (linkedMeasures.isEmpty()) {
			for (String initiative : project.initiatives()) {
				project.pillars().forEach((pillar) -> terms.add(this.texts.pillar(initiative, pillar), 0.5));
			}
		}
		else {
			double each = Math.max(0.25, 1.0 / linkedMeasures.size());
			linkedMeasures.values().forEach((text) -> terms.add(text, each));
		}
		return this.index.needs().search((searcher) -> {
			WeightedTerms.TextQuery text = terms.query(searcher.getIndexReader(), MAX_TERMS, weights.title());
			if (text == null) {
				return List.of();
			}
			BooleanQuery.Builder query = new BooleanQuery.Builder().add(text.query(), Occur.MUST);
			double unit = text.unit();
			if (project.partners().contains(Partner.REGIONAL)) {
				boost(query, anyOf(SuggestionDocuments.PARTNER, List.of(Partner.REGIONAL)), weights.partner() * unit);
			}
			else {
				boost(query, anyOf(SuggestionDocuments.PARTNER, project.partners()), weights.partner() * unit);
				boost(query, anyOf(SuggestionDocuments.PARTNER, List.of(Partner.REGIONAL)), weights.regional() * unit);
			}
			boost(query, anyOf(SuggestionDocuments.PILLAR, project.pillars()), weights.pillar() * unit);
			boost(query,
					anyOf(SuggestionDocuments.YEAR, years(SuggestionDocuments.years(project.start(), project.end()))),
					weights.period() * unit);
			boost(query, anyOf(SuggestionDocuments.MEASURE, linkedMeasures.keySet()), weights.measure() * unit);
			candidates.restrict(query);
			return top(searcher, query.build(), limit, candidates::admits);
		});
	}

	/**
	 * The measures of the needs the project is linked to, by key, with their texts.
	 */
	private Map<String, String> linkedMeasures(ProjectSource project) {
		Map<String, String> measures = new LinkedHashMap<>();
		StoredDocuments
			.byIds(this.index.needs(), project.linkedNeeds(),
					Set.of(SuggestionDocuments.ID, SuggestionDocuments.MEASURE, SuggestionDocuments.CYCLE))
			.values()
			.forEach((need) -> {
				String key = need.get(SuggestionDocuments.MEASURE);
				measures.computeIfAbsent(key, (k) -> this.texts
					.measure(Long.parseLong(need.get(SuggestionDocuments.CYCLE)), SuggestionDocuments.measureCode(k)));
			});
		return measures;
	}

	private static List<Suggestion> top(IndexSearcher searcher, Query query, int limit, Predicate<Document> admits)
			throws IOException {
		int wanted = limit + SPARE_HITS;
		// Hits are counted only as far as the list: past it, Lucene skips the blocks of
		// documents that cannot score into the list (the top is the same).
		ScoreDoc[] hits = searcher.search(query, new TopScoreDocCollectorManager(wanted, wanted)).scoreDocs;
		StoredFields stored = searcher.storedFields();
		List<Suggestion> suggestions = new ArrayList<>(limit);
		for (ScoreDoc hit : hits) {
			Document document = stored.document(hit.doc, SHOWN);
			if (admits.test(document)) {
				suggestions.add(new Suggestion(Long.parseLong(document.get(SuggestionDocuments.ID)),
						document.get(SuggestionDocuments.TITLE), Math.round(hit.score * 1000.0) / 1000.0,
						List.copyOf(Arrays.asList(document.getValues(SuggestionDocuments.PARTNER)))));
				if (suggestions.size() == limit) {
					break;
				}
			}
		}
		return suggestions;
	}

	private static void boost(BooleanQuery.Builder query, Query agreement, double boost) {
		if (boost > 0) {
			query.add(new BoostQuery(new ConstantScoreQuery(agreement), (float) boost), Occur.SHOULD);
		}
	}

	private static Query anyOf(String field, Collection<String> values) {
		if (values.size() == 1) {
			return new TermQuery(new Term(field, values.iterator().next()));
		}
		return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
	}

	private static List<String> years(List<Integer> years) {
		return years.stream().map(String::valueOf).toList();
	}

}
