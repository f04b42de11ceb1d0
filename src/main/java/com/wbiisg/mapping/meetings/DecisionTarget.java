package com.wbiisg.mapping.meetings;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a decision of one kind changes when it is recorded: a framework version that
 * becomes adopted, an organisation that becomes a member, a report or a methodology
 * version that becomes adopted. A module offers itself as the target of a kind with one
 * Spring bean implementing this interface; the meetings module finds it by its
 * {@link #kind()} and knows nothing else of that module.
 *
 * <p>
 * {@link #apply} runs inside the transaction that records the decision. When it throws,
 * neither the decision nor any change is stored, so a target refuses by throwing:
 * {@link com.wbiisg.mapping.shared.InvalidInputException} (422) for a target that does
 * not exist or cannot be adopted this way,
 * {@link com.wbiisg.mapping.shared.ConflictException} (409) for one whose state forbids
 * it, such as a framework version that is no longer a draft.
 */
public interface DecisionTarget {

	/**
	 * The one kind of decision this target applies; one target per kind.
	 */
	DecisionKind kind();

	/**
	 * What a decision of this kind may adopt or admit now, for the decision form: drafts
	 * not yet adopted, organisations not yet members.
	 */
	List<RecordChoice> choices();

	/**
	 * How a target is named on the meeting's page, if it exists.
	 */
	Optional<String> label(long targetId);

	/**
	 * The address of the target's page, for the link from the decision; null when it has
	 * none.
	 */
	default @Nullable String path(long targetId) {
		return null;
	}

	/**
	 * Applies the decision to the target, which records the reference as its reason.
	 */
	void apply(long targetId, DecisionReference reference);

}
