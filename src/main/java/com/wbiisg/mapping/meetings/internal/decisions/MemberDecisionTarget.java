package com.wbiisg.mapping.meetings.internal.decisions;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.meetings.DecisionKind;
import com.wbiisg.mapping.meetings.DecisionReference;
import com.wbiisg.mapping.meetings.DecisionTarget;
import com.wbiisg.mapping.meetings.RecordChoice;
import com.wbiisg.mapping.membership.MemberAdmission;
import com.wbiisg.mapping.membership.MemberCategory;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;

import org.springframework.stereotype.Component;

/**
 * A decision admitting an organisation as a member, applied with the membership module's
 * admission: the organisation takes the member category named by the decision, the
 * decision as "joined by" and the decision's day as "joined on". It lives here because
 * the meetings module builds on membership.
 */
@Component
class MemberDecisionTarget implements DecisionTarget {

	private final Membership membership;

	private final MemberAdmission admission;

	MemberDecisionTarget(Membership membership, MemberAdmission admission) {
		this.membership = membership;
		this.admission = admission;
	}

	@Override
	public DecisionKind kind() {
		return DecisionKind.ADMIT_MEMBER;
	}

	@Override
	public List<RecordChoice> choices() {
		return this.membership.organisations()
			.stream()
			.filter((organisation) -> organisation.category() == MemberCategory.OBSERVER
					|| organisation.category() == MemberCategory.NON_MEMBER)
			.sorted(Comparator.comparing(Organisation::name))
			.map((organisation) -> new RecordChoice(organisation.id(), label(organisation)))
			.toList();
	}

	@Override
	public Optional<String> label(long targetId) {
		return this.membership.organisation(targetId).map(MemberDecisionTarget::label);
	}

	@Override
	public String path(long targetId) {
		return "/organisations#organisation-" + targetId;
	}

	@Override
	public void apply(long targetId, DecisionReference reference) {
		MemberCategory category = Inputs.enumValue("option", reference.option(), MemberCategory.class);
		if (category == null) {
			throw new InvalidInputException("option", UserText.of("meetings.decision.categoryRequired"));
		}
		this.admission.admit(targetId, category, reference.decidedOn(), reference.label());
	}

	private static String label(Organisation organisation) {
		return organisation.name() + " (" + organisation.shortName() + ")";
	}

}
