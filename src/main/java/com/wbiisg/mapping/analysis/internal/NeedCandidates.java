package com.wbiisg.mapping.analysis.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.needs.NeedAudience;
import com.wbiisg.mapping.needs.NeedStatus;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Which needs may be suggested for a project: when {@code linkableOnly}, those a link
 * would accept (submitted, validated or adopted, of a partner the project benefits, or
 * regional); none of {@code excluded} (those already linked); and only those the
 * {@code audience} may see, if given, restricted needs included only where it may. The
 * filters go into the Lucene query so that the top of the list is right; {@link #admits}
 * checks the visibility rule itself on each hit.
 */
public record NeedCandidates(boolean linkableOnly, List<String> projectPartners, Set<Long> excluded,
		@Nullable NeedAudience audience) {

	private static final Set<NeedStatus> LINKABLE = EnumSet.of(NeedStatus.SUBMITTED, NeedStatus.VALIDATED,
			NeedStatus.ADOPTED);

	void restrict(BooleanQuery.Builder query) {
		if (this.linkableOnly) {
			query.add(anyOf(SuggestionDocuments.STATUS, LINKABLE.stream().map(Enum::name).toList()), Occur.FILTER);
			if (!this.projectPartners.contains(Partner.REGIONAL)) {
				Set<String> partners = new HashSet<>(this.projectPartners);
				partners.add(Partner.REGIONAL);
				query.add(anyOf(SuggestionDocuments.PARTNER, partners), Occur.FILTER);
			}
		}
		if (!this.excluded.isEmpty()) {
			query.add(StoredDocuments.idsQuery(this.excluded), Occur.MUST_NOT);
		}
		if (this.audience != null) {
			Query visible = visibleTo(this.audience);
			if (visible != null) {
				query.add(visible, Occur.FILTER);
			}
		}
	}

	boolean admits(Document need) {
		return this.audience == null
				|| this.audience.canSee(need.get(SuggestionDocuments.INITIATIVE), need.get(SuggestionDocuments.PILLAR),
						need.get(SuggestionDocuments.PARTNER), NeedStatus.valueOf(need.get(SuggestionDocuments.STATUS)),
						Boolean.parseBoolean(need.get(SuggestionDocuments.RESTRICTED)));
	}

	/**
	 * The rule of {@link NeedAudience} over the indexed fields; null when it sees every
	 * need.
	 */
	static @Nullable Query visibleTo(NeedAudience audience) {
		Query submitted = submitted();
		return switch (audience.kind()) {
			case EVERYTHING -> null;
			case NOTHING -> new MatchNoDocsQuery("sees no need");
			case BENEFICIARY -> {
				BooleanQuery.Builder visible = new BooleanQuery.Builder();
				if (audience.partner() != null) {
					visible.add(term(SuggestionDocuments.PARTNER, audience.partner()), Occur.SHOULD);
				}
				visible.add(new BooleanQuery.Builder()
					.add(term(SuggestionDocuments.PARTNER, Partner.REGIONAL), Occur.FILTER)
					.add(term(SuggestionDocuments.RESTRICTED, "false"), Occur.FILTER)
					.add(submitted, Occur.FILTER)
					.build(), Occur.SHOULD);
				yield visible.build();
			}
			case PARTNER -> {
				BooleanQuery.Builder open = new BooleanQuery.Builder();
				open.add(term(SuggestionDocuments.RESTRICTED, "false"), Occur.SHOULD);
				for (NeedAudience.Scope scope : audience.restrictedScopes()) {
					BooleanQuery.Builder inScope = new BooleanQuery.Builder()
						.add(term(SuggestionDocuments.INITIATIVE, scope.initiative()), Occur.FILTER);
					if (scope.pillar() != null) {
						inScope.add(term(SuggestionDocuments.PILLAR, scope.pillar()), Occur.FILTER);
					}
					open.add(inScope.build(), Occur.SHOULD);
				}
				yield new BooleanQuery.Builder().add(submitted, Occur.FILTER).add(open.build(), Occur.FILTER).build();
			}
		};
	}

	private static Query submitted() {
		return anyOf(SuggestionDocuments.STATUS,
				EnumSet.complementOf(EnumSet.copyOf(NeedAudience.UNSUBMITTED)).stream().map(Enum::name).toList());
	}

	private static Query term(String field, String value) {
		return new TermQuery(new Term(field, value));
	}

	private static Query anyOf(String field, Collection<String> values) {
		return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
	}

}
