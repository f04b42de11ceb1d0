package com.wbiisg.mapping.reporting.internal;

import com.wbiisg.mapping.reporting.ReportChapters;
import com.wbiisg.mapping.reporting.ReportSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * What the PDF template reads besides the report's content: the charts, and every long
 * list cut to the limits of {@link ReportPdfProperties} with the count of what is left
 * out, which the XLSX lists in full.
 *
 * @param content the report's content as the reader may see it
 * @param limits how much of each list the PDF shows
 * @param charts the charts of the summary and funding chapters
 */
public record ReportPdfModel(ReportContent content, ReportPdfProperties limits, ReportCharts charts) {

	static ReportPdfModel of(ReportContent content, ReportPdfProperties limits) {
		return new ReportPdfModel(content, limits, ReportCharts.of(content.chapters(), limits.chartBars()));
	}

	/**
	 * The needs of an objective, partner by partner, each with its partner's name.
	 */
	public Capped<NeedLine> needsOf(ReportChapters.Objective objective) {
		List<NeedLine> lines = new ArrayList<>();
		for (ReportChapters.PartnerNeeds partner : objective.partners()) {
			partner.needs().forEach((need) -> lines.add(new NeedLine(partner.name(), need)));
		}
		return Capped.of(lines, this.limits.needsPerObjective());
	}

	public Capped<ReportSnapshot.NeedRow> needsOf(ReportChapters.Gap gap) {
		return Capped.of(gap.needs(), this.limits.needsPerPriority());
	}

	public Capped<ReportChapters.Overlap> overlaps() {
		return Capped.of(this.content.chapters().overlaps(), this.limits.overlaps());
	}

	public Capped<ReportSnapshot.ProjectRow> projects() {
		return Capped.of(this.content.snapshot().projects(), this.limits.projects());
	}

	public Capped<ReportChapters.Amount> fundingByFunder() {
		return Capped.of(this.content.chapters().fundingByFunder(), this.limits.annexRows());
	}

	public Capped<ReportSnapshot.Cell> cells() {
		return Capped.of(this.content.snapshot().cells(), this.limits.annexRows());
	}

	public Capped<ReportSnapshot.NeedRow> annexNeeds() {
		return Capped.of(this.content.snapshot().needs(), this.limits.annexNeeds());
	}

	public Capped<ReportSnapshot.FundingRow> funding() {
		return Capped.of(this.content.snapshot().funding(), this.limits.annexRows());
	}

	/**
	 * A need in the table of its objective, with the name of its partner.
	 */
	public record NeedLine(String partner, ReportSnapshot.NeedRow need) {
	}

}
