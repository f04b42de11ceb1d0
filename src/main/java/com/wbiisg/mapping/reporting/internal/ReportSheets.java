package com.wbiisg.mapping.reporting.internal;

import com.wbiisg.mapping.reporting.ReportChapters;
import com.wbiisg.mapping.reporting.ReportSnapshot;
import com.wbiisg.mapping.reporting.internal.ReportWorkbook.Labels;

/**
 * The list sheets of a report's XLSX: every need the reader may see in full, every
 * project, and the mapped funding by funder, by partner and by funder, pillar and
 * partner.
 */
final class ReportSheets {

	private ReportSheets() {
	}

	static void needs(WorkbookWriter.Sheet sheet, ReportContent content, Labels labels) {
		sheet.heading(labels.get("reporting.annex.needs"));
		sheet.header(labels.get("reporting.field.id"), labels.get("reporting.field.partner"),
				labels.get("reporting.field.pillar"), labels.get("reporting.xlsx.objective"),
				labels.get("reporting.field.measure"), labels.get("reporting.field.title"),
				labels.get("reporting.field.description"), labels.get("reporting.field.type"),
				labels.get("reporting.field.perspective"), labels.get("reporting.field.priority"),
				labels.get("reporting.field.institution"), labels.get("reporting.field.timeframe"),
				labels.get("reporting.field.status"), labels.get("reporting.field.restricted"),
				labels.get("reporting.field.coverage"), labels.get("reporting.field.overlapping"),
				labels.get("reporting.field.estimatedCostEur"), labels.get("reporting.field.mappedFundingEur"),
				labels.get("reporting.field.fundingGapEur"));
		ReportChapters chapters = content.chapters();
		for (ReportSnapshot.NeedRow need : content.snapshot().needs()) {
			sheet.row(need.id(), chapters.partnerName(need.partner()), need.pillar(), need.objective(),
					need.measureCode(), need.title(), need.description(), labels.get("needs.type." + need.type()),
					labels.get("needs.perspective." + need.perspective()),
					labels.get("needs.priority." + need.priority()), need.institution(),
					(need.timeframe() == null) ? null : labels.get("needs.timeframe." + need.timeframe()),
					labels.get("needs.status." + need.status()), labels.get("reporting.bool." + need.restricted()),
					labels.get("analysis.coverage." + need.coverage()),
					labels.get("reporting.bool." + need.overlapping()), need.estimatedCostEur(),
					need.mappedFundingEur(), need.fundingGapEur());
		}
		if (content.view().hiddenNeeds() > 0) {
			sheet.blank();
			sheet.row(labels.get("reporting.summary.hidden", content.view().hiddenNeeds()));
		}
	}

	static void projects(WorkbookWriter.Sheet sheet, ReportContent content, Labels labels) {
		sheet.heading(labels.get("reporting.section.PROJECTS"));
		sheet.header(labels.get("reporting.field.id"), labels.get("responses.field.title"),
				labels.get("responses.public.donors"), labels.get("responses.role.IMPLEMENTING"),
				labels.get("responses.field.partners"), labels.get("responses.field.initiatives"),
				labels.get("responses.field.pillars"), labels.get("reporting.xlsx.start"),
				labels.get("reporting.xlsx.end"), labels.get("responses.field.status"),
				labels.get("responses.field.budgetEur"), labels.get("reporting.xlsx.publicListed"));
		ReportChapters chapters = content.chapters();
		for (ReportSnapshot.ProjectRow project : content.snapshot().projects()) {
			sheet.row(project.id(), project.title(), String.join("; ", project.funders()),
					String.join("; ", project.implementers()),
					String.join(", ", project.partners().stream().map(chapters::partnerName).toList()),
					String.join(", ", project.initiatives()), String.join(", ", project.pillars()), project.start(),
					project.end(), labels.get("responses.status." + project.status()), project.budgetEur(),
					labels.get("reporting.bool." + project.publicListed()));
		}
		if (content.view().hiddenProjects() > 0) {
			sheet.blank();
			sheet.row(labels.get("reporting.projects.hidden", content.view().hiddenProjects()));
		}
	}

	static void funding(WorkbookWriter.Sheet sheet, ReportContent content, Labels labels) {
		ReportChapters chapters = content.chapters();
		sheet.heading(labels.get("reporting.funding.byFunder"));
		sheet.header(labels.get("analysis.funding.funder"), "", "", labels.get("analysis.funding.amount"));
		chapters.fundingByFunder().forEach((amount) -> sheet.row(amount.key(), null, null, amount.amountEur()));
		sheet.blank();
		sheet.heading(labels.get("reporting.funding.byPartner"));
		sheet.header(labels.get("reporting.field.partner"), "", "", labels.get("analysis.funding.amount"));
		chapters.fundingByPartner()
			.forEach((amount) -> sheet.row(chapters.partnerName(amount.key()), null, null, amount.amountEur()));
		sheet.blank();
		sheet.heading(labels.get("reporting.annex.funding"));
		sheet.header(labels.get("analysis.funding.funder"), labels.get("reporting.field.pillar"),
				labels.get("reporting.field.partner"), labels.get("analysis.funding.amount"));
		for (ReportSnapshot.FundingRow row : content.snapshot().funding()) {
			sheet.row(row.funder(), row.pillar(), chapters.partnerName(row.partner()), row.amountEur());
		}
	}

}
