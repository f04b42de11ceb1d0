package com.wbiisg.mapping.reporting;

import java.util.List;

import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.reporting.internal.ReportDraft;
import com.wbiisg.mapping.reporting.internal.ReportReading;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public versions of the published reports, for anyone, signed in or not: only
 * aggregates and the publicly listed projects of each snapshot (DESIGN.md §2).
 */
@Service
@Transactional(readOnly = true)
public class PublicReports {

	private final ReportReading reading;

	PublicReports(ReportReading reading) {
		this.reading = reading;
	}

	public List<PublicReport> list() {
		return this.reading.published().stream().map(this::of).toList();
	}

	/**
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException unless the draft exists
	 * and is published
	 */
	public PublicReport get(long id) {
		return of(this.reading.published(id));
	}

	private PublicReport of(ReportDraft draft) {
		ReportSnapshot snapshot = this.reading.snapshot(draft);
		List<PublicReport.Counts> cells = snapshot.cells()
			.stream()
			.map((cell) -> new PublicReport.Counts(cell.partner(), cell.pillar(), cell.figures().needs(),
					cell.figures().covered(), cell.figures().partial(), cell.figures().uncovered()))
			.toList();
		List<String> pillars = snapshot.framework()
			.stream()
			.filter((item) -> item.level().equals(ItemLevel.PILLAR.name()))
			.map(ReportSnapshot.Item::code)
			.toList();
		return new PublicReport(draft.getId(), draft.getKind(), snapshot.initiative(), snapshot.initiativeName(),
				snapshot.cycleName(), snapshot.year(), draft.getDraftNumber(), draft.getAdoptedOn(),
				draft.getAdoptionDecision(), draft.getPublishedAt(), snapshot.partners(), pillars, snapshot.totals(),
				cells, ReportChapters.fundingByFunder(snapshot),
				snapshot.projects().stream().filter(ReportSnapshot.ProjectRow::publicListed).toList());
	}

}
