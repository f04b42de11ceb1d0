package com.wbiisg.mapping.meetings;

import java.time.LocalDate;

import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * The decision a target records as the reason for its change, so that the adopted thing
 * links back to the decision: its id, the meeting, the date and a label with the address
 * of the decision on the meeting's page.
 *
 * @param decisionId the id of the decision, stable for as long as the platform runs
 * @param meetingId the meeting that took it
 * @param meetingTitle the meeting as people name it, such as "6th IISG Board Meeting"
 * @param decidedOn the day of the decision (the meeting's first day, in its time zone)
 * @param number the decision's number within the meeting, from 1
 * @param text the decision as recorded
 * @param option what the kind needs beyond the target, such as the member category of an
 * admitted organisation; null when the kind needs nothing
 */
public record DecisionReference(long decisionId, long meetingId, String meetingTitle, LocalDate decidedOn, int number,
		String text, @Nullable String option) {

	/**
	 * The page of the meeting at this decision.
	 */
	public String path() {
		return "/meetings/" + this.meetingId + "#decision-" + this.decisionId;
	}

	/**
	 * What the target records as its decision, such as "6th IISG Board Meeting,
	 * 2022-06-20, decision 2 (/meetings/7#decision-15)"; at most 300 characters.
	 */
	public String label() {
		String title = this.meetingTitle;
		int rest = label("").length();
		if (title.length() + rest > 300) {
			title = title.substring(0, Math.max(0, 299 - rest)) + "\u2026";
		}
		return label(title);
	}

	private String label(String title) {
		return UserText.of("meetings.decision.label", title, String.valueOf(this.decidedOn), this.number, path())
			.english();
	}

}
