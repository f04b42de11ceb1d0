package com.wbiisg.mapping.reporting.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.wbiisg.mapping.reporting.ReportAction;
import com.wbiisg.mapping.reporting.ReportStatus;
import com.wbiisg.mapping.shared.UserText;

/**
 * The one table of a report draft's lifecycle: draft → discussed → final → adopted →
 * published, one step at a time and never back. Pages, API and the entity all ask it;
 * what is not in the table is refused.
 */
final class ReportWorkflow {

	record Move(ReportStatus from, ReportAction action, ReportStatus to) {
	}

	static final List<Move> MOVES = List.of(new Move(ReportStatus.DRAFT, ReportAction.DISCUSS, ReportStatus.DISCUSSED),
			new Move(ReportStatus.DISCUSSED, ReportAction.FINALISE, ReportStatus.FINAL),
			new Move(ReportStatus.FINAL, ReportAction.ADOPT, ReportStatus.ADOPTED),
			new Move(ReportStatus.ADOPTED, ReportAction.PUBLISH, ReportStatus.PUBLISHED));

	private ReportWorkflow() {
	}

	static Optional<ReportStatus> next(ReportStatus from, ReportAction action) {
		return MOVES.stream()
			.filter((move) -> move.from() == from && move.action() == action)
			.map(Move::to)
			.findFirst();
	}

	/**
	 * The step a draft in this status may take, if any, for the buttons on a page.
	 */
	static Optional<ReportAction> actionFrom(ReportStatus from) {
		return MOVES.stream().filter((move) -> move.from() == from).map(Move::action).findFirst();
	}

	/**
	 * Why a draft in this status may not take the step, ending with the step it may take.
	 */
	static UserText refused(ReportAction action, int draftNumber, ReportStatus from) {
		String status = from.name().toLowerCase(Locale.ROOT);
		UserText expected = actionFrom(from).map((next) -> UserText.of("reporting.step.next", next.name()))
			.orElseGet(() -> UserText.of("reporting.step.last"));
		return switch (action) {
			case DISCUSS -> UserText.of("reporting.step.refused.discuss", draftNumber, status, expected);
			case FINALISE -> UserText.of("reporting.step.refused.finalise", draftNumber, status, expected);
			case ADOPT -> UserText.of("reporting.step.refused.adopt", draftNumber, status, expected);
			case PUBLISH -> UserText.of("reporting.step.refused.publish", draftNumber, status, expected);
		};
	}

}
