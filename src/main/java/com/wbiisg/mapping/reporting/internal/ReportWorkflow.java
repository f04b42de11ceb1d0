package com.wbiisg.mapping.reporting.internal;

import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.reporting.ReportAction;
import com.wbiisg.mapping.reporting.ReportStatus;

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

	static String past(ReportAction action) {
		return switch (action) {
			case DISCUSS -> "discussed";
			case FINALISE -> "finalised";
			case ADOPT -> "adopted";
			case PUBLISH -> "published";
		};
	}

	/**
	 * What the draft may do next, to end the message of a refused step.
	 */
	static String expected(ReportStatus from) {
		return actionFrom(from).map((action) -> "Its next step is " + action.name() + ".")
			.orElse("It has no further step.");
	}

}
