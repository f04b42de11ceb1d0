package com.wbiisg.mapping.meetings.web;

import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.meetings.ActionInput;
import com.wbiisg.mapping.meetings.ActionStatus;
import com.wbiisg.mapping.meetings.AgendaInput;
import com.wbiisg.mapping.meetings.AttendanceInput;
import com.wbiisg.mapping.meetings.DecisionInput;
import com.wbiisg.mapping.meetings.DecisionKind;
import com.wbiisg.mapping.meetings.ReferenceKind;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.DateText;
import com.wbiisg.mapping.shared.validation.DigitsText;
import com.wbiisg.mapping.shared.validation.EnumText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
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
			@DigitsText(message = Ids.CHOOSE) @Nullable String needId, @Nullable String version) {

		static AgendaForm blank(long version) {
			return new AgendaForm(null, null, null, null, String.valueOf(version));
		}

		AgendaInput toInput() {
			List<FieldProblem> problems = new ArrayList<>();
			ReferenceKind kind = null;
			Long id = null;
			if (this.reference != null && !this.reference.isBlank()) {
				String[] parts = this.reference.trim().split(":", 2);
				kind = Inputs.enumOf(ReferenceKind.class, parts[0]);
				if (kind == null && !parts[0].isBlank()) {
					problems.add(new FieldProblem("reference", Inputs.unknownValue(ReferenceKind.class, parts[0])));
				}
				id = (parts.length == 2) ? Ids.one(problems, "reference", parts[1]) : null;
			}
			// The reference is read from its parts above; the need's id is checked as
			// written on the form.
			List<FieldProblem> needProblems = RecordValidation.problems(this, "needId");
			problems.addAll(needProblems);
			Long need = needProblems.isEmpty() ? Ids.id(this.needId) : null;
			if (need != null) {
				if (kind != null) {
					problems.add(new FieldProblem("needId", UserText.of("meetings.agenda.recordOrNeed")));
				}
				kind = ReferenceKind.NEED;
				id = need;
			}
			InvalidInputException.throwIfAny(problems);
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
	record AttendanceForm(@DigitsText(message = Ids.CHOOSE) @Nullable String organisationId,
			@DigitsText(message = Ids.CHOOSE) @Nullable String accountId, @Nullable String personName,
			@Nullable String role, @Nullable String version) {

		static AttendanceForm blank(long version) {
			return new AttendanceForm(null, null, null, null, String.valueOf(version));
		}

		AttendanceInput toInput() {
			RecordValidation.check(this);
			return new AttendanceInput(Ids.id(this.organisationId), Ids.id(this.accountId), this.personName, this.role);
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
	record DecisionForm(@EnumText(DecisionKind.class) @Nullable String kind, @Nullable String targetId,
			@Nullable String text, @DateText @Nullable String decidedOn, @Nullable String option) {

		static DecisionForm blank() {
			return new DecisionForm(DecisionKind.OTHER.name(), null, null, null, null);
		}

		DecisionInput toInput() {
			// The target is read as the kind says; the kind and the day are checked as
			// written on the form.
			List<FieldProblem> problems = new ArrayList<>(RecordValidation.problems(this, "kind"));
			DecisionKind decisionKind = Inputs.enumOf(DecisionKind.class, this.kind);
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
			problems.addAll(RecordValidation.problems(this, "decidedOn"));
			InvalidInputException.throwIfAny(problems);
			return new DecisionInput(decisionKind, (decisionKind == DecisionKind.OTHER) ? null : target, this.text,
					Inputs.date(this.decidedOn), (decisionKind == DecisionKind.ADMIT_MEMBER) ? this.option : null);
		}

	}

	/**
	 * An action item: what, by whom, by when.
	 */
	record ActionForm(@Nullable String text, @DigitsText(message = Ids.CHOOSE) @Nullable String ownerOrganisationId,
			@DigitsText(message = Ids.CHOOSE) @Nullable String ownerAccountId, @DateText @Nullable String dueOn) {

		static ActionForm blank() {
			return new ActionForm(null, null, null, null);
		}

		ActionInput toInput() {
			RecordValidation.check(this);
			return new ActionInput(this.text, Ids.id(this.ownerOrganisationId), Ids.id(this.ownerAccountId),
					Inputs.date(this.dueOn));
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
