package com.wbiisg.mapping.meetings.web;

import com.wbiisg.mapping.meetings.ActionItems;
import com.wbiisg.mapping.meetings.ActionStatus;
import com.wbiisg.mapping.meetings.DecisionKind;
import com.wbiisg.mapping.meetings.MeetingDetails;
import com.wbiisg.mapping.meetings.MeetingQueries;
import com.wbiisg.mapping.meetings.RecordChoices;
import com.wbiisg.mapping.meetings.ReferenceKind;
import com.wbiisg.mapping.membership.MemberCategory;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a meeting's page: the meeting with what the reader may see of its
 * record and, for the Secretariat, the forms that add to it, keeping a form that was just
 * refused with its errors.
 */
@Component
class MeetingPageModel {

	static final String PAGE = "meetings/meeting";

	private final MeetingQueries queries;

	private final ActionItems actions;

	private final RecordChoices choices;

	private final MeetingPageSupport support;

	MeetingPageModel(MeetingQueries queries, ActionItems actions, RecordChoices choices, MeetingPageSupport support) {
		this.queries = queries;
		this.actions = actions;
		this.choices = choices;
		this.support = support;
	}

	MeetingDetails fill(Model model, long id) {
		MeetingDetails details = this.queries.details(id);
		long version = details.meeting().version();
		boolean manages = MeetingPageSupport.isSecretariat();
		model.addAttribute("details", details);
		model.addAttribute("meeting", details.meeting());
		model.addAttribute("manages", manages);
		model.addAttribute("mayChange",
				details.actions().stream().filter(this.actions::mayChange).map((a) -> a.id()).toList());
		model.addAttribute("actionStatuses", ActionStatus.values());
		if (manages) {
			putIfAbsent(model, "agendaForm", RecordForms.AgendaForm.blank(version));
			putIfAbsent(model, "attendanceForm", RecordForms.AttendanceForm.blank(version));
			putIfAbsent(model, "minutesForm", new RecordForms.MinutesForm(details.minutes(), String.valueOf(version)));
			putIfAbsent(model, "decisionForm", RecordForms.DecisionForm.blank());
			putIfAbsent(model, "actionForm", RecordForms.ActionForm.blank());
			model.addAttribute("referenceChoices", this.choices.references());
			model.addAttribute("needsLinkable", this.choices.offers(ReferenceKind.NEED));
			model.addAttribute("decisionKinds", this.choices.decisionKinds());
			model.addAttribute("targetChoices", this.choices.targets());
			model.addAttribute("reportTarget", this.choices.decisionKinds().contains(DecisionKind.ADOPT_REPORT));
			model.addAttribute("memberCategories",
					java.util.Arrays.stream(MemberCategory.values())
						.filter((c) -> c != MemberCategory.OBSERVER && c != MemberCategory.NON_MEMBER)
						.toList());
			model.addAttribute("organisations", this.support.organisations());
			model.addAttribute("people", this.support.people());
			model.addAttribute("owners", this.support.owners());
		}
		return details;
	}

	private static void putIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

}
