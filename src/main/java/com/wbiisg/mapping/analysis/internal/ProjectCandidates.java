package com.wbiisg.mapping.analysis.internal;

import java.util.Arrays;
import java.util.List;

import com.wbiisg.mapping.responses.ProjectAudience;
import com.wbiisg.mapping.responses.ProjectStatus;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Which projects may be suggested: only those still running (not closed or cancelled)
 * when {@code runningOnly}, none already linked to the need {@code notLinkedTo}, if
 * given, and only those the {@code audience} may see, if given. The filters go into the
 * Lucene query so that the top of the list is right; {@link #admits} checks the
 * visibility again on each hit.
 */
public record ProjectCandidates(boolean runningOnly, @Nullable Long notLinkedTo, @Nullable ProjectAudience audience) {

	/**
	 * Every project: for measuring the ranking against the links that exist.
	 */
	public static final ProjectCandidates ALL = new ProjectCandidates(false, null, null);

	private static final List<ProjectStatus> ENDED = List.of(ProjectStatus.CLOSED, ProjectStatus.CANCELLED);

	void restrict(BooleanQuery.Builder query) {
		if (this.runningOnly) {
			query.add(new TermInSetQuery(SuggestionDocuments.STATUS,
					ENDED.stream().map((status) -> new BytesRef(status.name())).toList()), Occur.MUST_NOT);
		}
		if (this.notLinkedTo != null) {
			query.add(new TermQuery(new Term(SuggestionDocuments.LINKED_NEED, Long.toString(this.notLinkedTo))),
					Occur.MUST_NOT);
		}
		if (this.audience != null && !this.audience.everything()) {
			if (this.audience.partners().isEmpty()) {
				query.add(new MatchNoDocsQuery("sees no project"), Occur.FILTER);
			}
			else {
				BooleanQuery.Builder partners = new BooleanQuery.Builder();
				this.audience.partners()
					.forEach((partner) -> partners.add(new TermQuery(new Term(SuggestionDocuments.PARTNER, partner)),
							Occur.SHOULD));
				query.add(partners.build(), Occur.FILTER);
			}
		}
	}

	boolean admits(Document project) {
		return this.audience == null
				|| this.audience.canSee(Arrays.asList(project.getValues(SuggestionDocuments.PARTNER)));
	}

}
