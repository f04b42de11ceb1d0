package com.wbiisg.mapping.reporting.internal;

import com.wbiisg.mapping.reporting.ReportChapters;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.ReportSnapshot;
import com.wbiisg.mapping.reporting.ReportView;

/**
 * What a report file (PDF or XLSX) is made of: the draft with its current status, the
 * name of the report, and the draft's snapshot as the current reader may see it, arranged
 * in chapters.
 *
 * @param draft the draft
 * @param scope the name of the report: the cycle ("WBCTi 2021–2022") or the initiative
 * and reporting year ("WBCTi 2022")
 * @param view the snapshot as the reader may see it
 * @param chapters the view arranged in chapters
 */
public record ReportContent(ReportDraft draft, String scope, ReportView view, ReportChapters chapters) {

	public static ReportContent of(ReportDraft draft, ReportView view) {
		ReportSnapshot snapshot = view.snapshot();
		String scope = (draft.getKind() == ReportKind.RESPONSE_MAPPING) ? snapshot.initiative() + " " + snapshot.year()
				: snapshot.cycleName();
		return new ReportContent(draft, scope, view, ReportChapters.of(view));
	}

	public ReportSnapshot snapshot() {
		return this.view.snapshot();
	}

	/**
	 * The name of the files of this draft, without extension, such as
	 * {@code needs-mapping-report-WBCTi-draft-2}.
	 */
	public String fileName() {
		String kind = this.draft.getKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		String scope = this.scope.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
		return kind + "-report-" + scope + "-draft-" + this.draft.getDraftNumber();
	}

}
