package com.wbiisg.mapping.meetings.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.meetings.ActionInput;
import com.wbiisg.mapping.meetings.ActionStatus;
import com.wbiisg.mapping.meetings.AgendaInput;
import com.wbiisg.mapping.meetings.AttendanceInput;
import com.wbiisg.mapping.meetings.DecisionInput;
import com.wbiisg.mapping.meetings.DecisionKind;
import com.wbiisg.mapping.meetings.ReferenceKind;
import com.wbiisg.mapping.shared.FieldChecks;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * The small forms on a meeting's page, as the browser sends them: every value as text so
 * that a bad one is named next to its field.
 */
final class RecordForms {

	private RecordForms() {
	}

	/**
	 * An agenda item: a title, notes, a listed record as {@code KIND:id}, or a need by
	 * its id.
	 */
	record AgendaForm(@Nullable String title, @Nullable String notes, @Nullable String reference,
			@Nullable String needId, @Nullable String version) {

		static AgendaForm blank(long version) {
			return new AgendaForm(null, null, null, null, String.valueOf(version));
		}

		AgendaInput toInput() {
			List<FieldProblem> problems = new ArrayList<>();
			ReferenceKind kind = null;
			Long id = null;
			if (this.reference != null && !this.reference.isBlank()) {
				String[] parts = this.reference.trim().split(":", 2);
				kind = Inputs.enumValue(problems, "reference", parts[0], ReferenceKind.class);
				id = (parts.length == 2) ? Ids.one(problems, "reference", parts[1]) : null;
			}
			Long need = Ids.one(problems, "needId", this.needId);
			if (need != null) {
				if (kind != null) {
					problems.add(new FieldProblem("needId", UserText.of("meetings.agenda.recordOrNeed")));
				}
				kind = ReferenceKind.NEED;
				id = need;
			}
			FieldChecks.throwIfAny(problems);
			return new AgendaInput(this.title, this.notes, kind, id);
		}

		/**
		 * The problems of the meetings module under the names of this form's fields: a
		 * reference that cannot be linked shows at the field it was chosen with.
		 */
		InvalidInputException onForm(InvalidInputException ex) {
			String field = (this.needId != null && !this.needId.isBlank()) ? "needId" : "reference";
			return new InvalidInputException(ex.problems()
				.stream()
				.map((problem) -> problem.field().startsWith("reference") ? problem.at(field) : problem)
				.toList());
		}

	}

	/**
	 * A line of attendance.
	 */
	record AttendanceForm(@Nullable String organisationId, @Nullable String accountId, @Nullable String personName,
			@Nullable String role, @Nullable String version) {

		static AttendanceForm blank(long version) {
			return new AttendanceForm(null, null, null, null, String.valueOf(version));
		}

		AttendanceInput toInput() {
			List<FieldProblem> problems = new ArrayList<>();
			Long organisation = Ids.one(problems, "organisationId", this.organisationId);
			Long account = Ids.one(problems, "accountId", this.accountId);
			FieldChecks.throwIfAny(problems);
			return new AttendanceInput(organisation, account, this.personName, this.role);
		}

	}

	/**
	 * The minutes as formatted text.
	 */
	record MinutesForm(@Nullable String minutes, @Nullable String version) {
	}

	/**
	 * A decision: its kind, what it adopts or admits (as {@code KIND:id}), its text and
	 * day, and the member category of an admission.
	 */
	record DecisionForm(@Nullable String kind, @Nullable String targetId, @Nullable String text,
			@Nullable String decidedOn, @Nullable String option) {

		static DecisionForm blank() {
			return new DecisionForm(DecisionKind.OTHER.name(), null, null, null, null);
		}

		DecisionInput toInput() {
			List<FieldProblem> problems = new ArrayList<>();
			DecisionKind decisionKind = Inputs.enumValue(problems, "kind", this.kind, DecisionKind.class);
			Long target = null;
			if (decisionKind != null && decisionKind.hasTarget() && this.targetId != null && !this.targetId.isBlank()) {
				// The choices are "KIND:id", so that a record of another kind is never
				// taken
				// for one of this kind with the same id.
				String[] parts = this.targetId.trim().split(":", 2);
				if (parts.length == 2 && parts[0].equalsIgnoreCase(decisionKind.name())) {
					target = Ids.one(problems, "targetId", parts[1]);
				}
				else {
					problems.add(new FieldProblem("targetId", UserText.of("meetings.decision.targetOfKind")));
				}
			}
			LocalDate day = Inputs.date(problems, "decidedOn", this.decidedOn);
			FieldChecks.throwIfAny(problems);
			return new DecisionInput(decisionKind, (decisionKind == DecisionKind.OTHER) ? null : target, this.text, day,
					(decisionKind == DecisionKind.ADMIT_MEMBER) ? this.option : null);
		}

	}

	/**
	 * An action item: what, by whom, by when.
	 */
	record ActionForm(@Nullable String text, @Nullable String ownerOrganisationId, @Nullable String ownerAccountId,
			@Nullable String dueOn) {

		static ActionForm blank() {
			return new ActionForm(null, null, null, null);
		}

		ActionInput toInput() {
			List<FieldProblem> problems = new ArrayList<>();
			Long organisation = Ids.one(problems, "ownerOrganisationId", this.ownerOrganisationId);
			Long account = Ids.one(problems, "ownerAccountId", this.ownerAccountId);
			LocalDate due = Inputs.date(problems, "dueOn", this.dueOn);
			FieldChecks.throwIfAny(problems);
			return new ActionInput(this.text, organisation, account, due);
		}

	}

	/**
	 * A new status of an action item.
	 */
	record StatusForm(@Nullable String status, @Nullable String version, @Nullable String returnTo) {

		/**
		 * The status chosen, or null when none is; one that cannot be read is refused.
		 */
		@Nullable ActionStatus status(Class<ActionStatus> type) {
			return Inputs.enumValue("status", this.status, type);
		}

	}

}
