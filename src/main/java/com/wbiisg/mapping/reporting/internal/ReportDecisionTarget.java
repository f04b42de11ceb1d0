package com.wbiisg.mapping.reporting.internal;

import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.meetings.DecisionKind;
import com.wbiisg.mapping.meetings.DecisionReference;
import com.wbiisg.mapping.meetings.DecisionTarget;
import com.wbiisg.mapping.meetings.RecordChoice;
import com.wbiisg.mapping.reporting.ReportAction;
import com.wbiisg.mapping.reporting.ReportStatus;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;

import org.springframework.stereotype.Component;

/**
 * Reports as the target of a Board decision: recording a decision of kind
 * {@link DecisionKind#ADOPT_REPORT} adopts a final draft, in the decision's transaction,
 * with the decision (meeting, date, number, address) as the adoption's reason. Adopting a
 * Needs Mapping Report adopts its validated needs as the lifecycle does; a draft that is
 * not final, or a report already adopted, refuses (409) and nothing is stored.
 */
@Component
class ReportDecisionTarget implements DecisionTarget {

	private final ReportReading reading;

	private final ReportLifecycle lifecycle;

	ReportDecisionTarget(ReportReading reading, ReportLifecycle lifecycle) {
		this.reading = reading;
		this.lifecycle = lifecycle;
	}

	@Override
	public DecisionKind kind() {
		return DecisionKind.ADOPT_REPORT;
	}

	@Override
	public List<RecordChoice> choices() {
		return this.reading.list()
			.stream()
			.filter((draft) -> draft.getStatus() == ReportStatus.FINAL)
			.map((draft) -> new RecordChoice(draft.getId(), label(draft)))
			.toList();
	}

	@Override
	public Optional<String> label(long targetId) {
		return this.reading.list()
			.stream()
			.filter((draft) -> draft.getId() == targetId)
			.findFirst()
			.map(ReportDecisionTarget::label);
	}

	@Override
	public String path(long targetId) {
		return "/reports/" + targetId;
	}

	@Override
	public void apply(long targetId, DecisionReference reference) {
		if (label(targetId).isEmpty()) {
			throw new InvalidInputException("targetId", UserText.of("reporting.target.unknown", targetId));
		}
		this.lifecycle.transition(targetId, ReportAction.ADOPT, reference.label(), reference.decidedOn(), null);
	}

	/**
	 * The draft as the meetings name it in their choices and on their pages; in English,
	 * since the meetings' contracts take a text, not a key.
	 */
	static String label(ReportDraft draft) {
		UserText kind = switch (draft.getKind()) {
			case NEEDS_MAPPING -> UserText.of("reporting.kind.NEEDS_MAPPING");
			case RESPONSE_MAPPING -> UserText.of("reporting.kind.RESPONSE_MAPPING");
		};
		String year = (draft.getYear() != null) ? " " + draft.getYear() : "";
		return UserText.of("reporting.reportDraft", kind, draft.getInitiative() + year, draft.getDraftNumber())
			.english();
	}

}
