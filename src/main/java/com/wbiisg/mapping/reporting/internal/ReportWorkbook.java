package com.wbiisg.mapping.reporting.internal;

import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.wbiisg.mapping.analysis.Figures;
import com.wbiisg.mapping.reporting.ReportChapters;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.ReportSnapshot;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the XLSX of a report: a summary sheet with the headline figures (and the Kosovo*
 * footnote under the partners' names), the figures by partner and pillar, one sheet per
 * pillar with the needs per objective and partner, every need, every project, and the
 * mapped funding. Everything the reader may see is listed, however long.
 */
@Component
class ReportWorkbook {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

	private static final int[] NEED_WIDTHS = { 10, 18, 10, 8, 50, 10, 12, 14, 16, 16, 16, 10 };

	private final MessageSource messages;

	ReportWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	void write(ReportContent content, Locale locale, OutputStream out) {
		Labels labels = new Labels(this.messages, locale);
		try (WorkbookWriter writer = new WorkbookWriter()) {
			summary(writer.sheet(labels.get("reporting.xlsx.sheet.summary"), 36, 22, 14), content, labels);
			cells(writer.sheet(labels.get("reporting.xlsx.sheet.cells"), 22, 10, 10, 10, 12, 10, 10, 16, 16, 16),
					content, labels);
			for (ReportChapters.Pillar pillar : content.chapters().pillars()) {
				pillar(writer.sheet(pillar.code() + " " + pillar.title(), NEED_WIDTHS), content, pillar, labels);
			}
			ReportSheets.needs(writer.sheet(labels.get("reporting.xlsx.sheet.needs"), 8, 18, 8, 10, 10, 40, 60, 14, 12,
					10, 30, 14, 12, 10, 14, 10, 16, 16, 16), content, labels);
			ReportSheets.projects(writer.sheet(labels.get("reporting.xlsx.sheet.projects"), 8, 50, 30, 30, 30, 14, 14,
					12, 12, 14, 16, 10), content, labels);
			ReportSheets.funding(writer.sheet(labels.get("reporting.xlsx.sheet.funding"), 36, 12, 22, 18), content,
					labels);
			writer.write(out);
		}
	}

	private static void summary(WorkbookWriter.Sheet sheet, ReportContent content, Labels labels) {
		ReportSnapshot snapshot = content.snapshot();
		ReportDraft draft = content.draft();
		sheet.heading(labels.get("reporting.kind." + draft.getKind()) + " " + content.scope());
		sheet.row(labels.get("reporting.field.initiative"),
				snapshot.initiativeName() + " (" + snapshot.initiative() + ")");
		sheet.row(labels.get("reporting.field.draft"), draft.getDraftNumber());
		if (draft.getKind() == ReportKind.NEEDS_MAPPING) {
			sheet.row(labels.get("reporting.field.cycle"), snapshot.cycleName());
		}
		else {
			sheet.row(labels.get("reporting.field.year"), snapshot.year());
		}
		sheet.row(labels.get("reporting.field.generatedAt"), labels.get("reporting.generatedBy",
				DATE.withLocale(labels.locale()).format(draft.getGeneratedAt()), draft.getGeneratedBy()));
		sheet.row(labels.get("reporting.field.status"), labels.get("reporting.status." + draft.getStatus()));
		sheet.row(labels.get("reporting.partners"), String.join(", ",
				content.chapters().wbPartners().stream().map(ReportSnapshot.PartnerName::name).toList()));
		sheet.row(labels.get("kosovo.footnote"));
		sheet.blank();
		sheet.header(labels.get("reporting.pdf.figure"), labels.get("reporting.pdf.value"),
				labels.get("reporting.xlsx.percent"));
		Figures totals = snapshot.totals();
		sheet.row(labels.get("reporting.figure.needs"), totals.needs());
		sheet.row(labels.get("reporting.figure.covered"), totals.covered(), totals.coveredPercent());
		sheet.row(labels.get("reporting.figure.partial"), totals.partial(), totals.partialPercent());
		sheet.row(labels.get("reporting.figure.uncovered"), totals.uncovered(), totals.uncoveredPercent());
		sheet.row(labels.get("reporting.figure.overlapping"), totals.overlapping());
		sheet.row(labels.get("reporting.field.estimatedCostEur"), totals.estimatedCostEur());
		sheet.row(labels.get("reporting.field.mappedFundingEur"), totals.mappedFundingEur());
		sheet.row(labels.get("reporting.field.fundingGapEur"), totals.fundingGapEur());
		sheet.row(labels.get("reporting.xlsx.projects"), snapshot.projects().size() + content.view().hiddenProjects());
		if (content.view().hiddenNeeds() > 0) {
			sheet.blank();
			sheet.row(labels.get("reporting.summary.hidden", content.view().hiddenNeeds()));
		}
	}

	private static void cells(WorkbookWriter.Sheet sheet, ReportContent content, Labels labels) {
		sheet.heading(labels.get("reporting.annex.cells"));
		sheet.header(labels.get("reporting.field.partner"), labels.get("reporting.field.pillar"),
				labels.get("reporting.figure.needs"), labels.get("reporting.figure.covered"),
				labels.get("reporting.figure.partial"), labels.get("reporting.figure.uncovered"),
				labels.get("reporting.figure.overlapping"), labels.get("reporting.field.estimatedCostEur"),
				labels.get("reporting.field.mappedFundingEur"), labels.get("reporting.field.fundingGapEur"));
		for (ReportSnapshot.Cell cell : content.snapshot().cells()) {
			Figures figures = cell.figures();
			sheet.row(content.chapters().partnerName(cell.partner()), cell.pillar(), figures.needs(), figures.covered(),
					figures.partial(), figures.uncovered(), figures.overlapping(), figures.estimatedCostEur(),
					figures.mappedFundingEur(), figures.fundingGapEur());
		}
	}

	private static void pillar(WorkbookWriter.Sheet sheet, ReportContent content, ReportChapters.Pillar pillar,
			Labels labels) {
		sheet.heading(pillar.code() + " · " + pillar.title());
		sheet.header(labels.get("reporting.xlsx.objective"), labels.get("reporting.field.partner"),
				labels.get("reporting.field.measure"), labels.get("reporting.field.id"),
				labels.get("reporting.field.need"), labels.get("reporting.field.priority"),
				labels.get("reporting.field.status"), labels.get("reporting.field.coverage"),
				labels.get("reporting.field.estimatedCostEur"), labels.get("reporting.field.mappedFundingEur"),
				labels.get("reporting.field.fundingGapEur"), labels.get("reporting.field.restricted"));
		for (ReportChapters.Objective objective : pillar.objectives()) {
			for (ReportChapters.PartnerNeeds partner : objective.partners()) {
				for (ReportSnapshot.NeedRow need : partner.needs()) {
					sheet.row(objective.code(), partner.name(), need.measureCode(), need.id(), need.title(),
							labels.get("needs.priority." + need.priority()),
							labels.get("needs.status." + need.status()),
							labels.get("analysis.coverage." + need.coverage()), need.estimatedCostEur(),
							need.mappedFundingEur(), need.fundingGapEur(),
							labels.get("reporting.bool." + need.restricted()));
				}
			}
		}
		List<ReportChapters.Objective> hidden = pillar.objectives()
			.stream()
			.filter((objective) -> objective.hidden() > 0)
			.toList();
		if (!hidden.isEmpty()) {
			sheet.blank();
			hidden.forEach((objective) -> sheet.row(objective.code(),
					labels.get("reporting.needs.hidden", objective.hidden())));
		}
	}

	/**
	 * The messages of one locale; those without arguments, such as the name of a need's
	 * status written in every row, are looked up once.
	 */
	static final class Labels {

		private final MessageSource messages;

		private final Locale locale;

		private final Map<String, String> plain = new HashMap<>();

		Labels(MessageSource messages, Locale locale) {
			this.messages = messages;
			this.locale = locale;
		}

		Locale locale() {
			return this.locale;
		}

		String get(String key, Object... args) {
			if (args.length > 0) {
				return this.messages.getMessage(key, args, this.locale);
			}
			return this.plain.computeIfAbsent(key, (code) -> this.messages.getMessage(code, null, this.locale));
		}

	}

}
