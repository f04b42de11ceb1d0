package com.wbiisg.mapping.needs.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.wbiisg.mapping.needs.NeedAction;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.UserText;

import org.springframework.security.access.AccessDeniedException;

import static com.wbiisg.mapping.needs.NeedAction.ADOPT;
import static com.wbiisg.mapping.needs.NeedAction.RETURN;
import static com.wbiisg.mapping.needs.NeedAction.SUBMIT;
import static com.wbiisg.mapping.needs.NeedAction.VALIDATE;
import static com.wbiisg.mapping.needs.NeedAction.WITHDRAW;
import static com.wbiisg.mapping.needs.NeedStatus.ADOPTED;
import static com.wbiisg.mapping.needs.NeedStatus.DRAFT;
import static com.wbiisg.mapping.needs.NeedStatus.RETURNED;
import static com.wbiisg.mapping.needs.NeedStatus.SUBMITTED;
import static com.wbiisg.mapping.needs.NeedStatus.VALIDATED;
import static com.wbiisg.mapping.needs.internal.Actor.OWNER;
import static com.wbiisg.mapping.needs.internal.Actor.PILLAR_LEAD;
import static com.wbiisg.mapping.needs.internal.Actor.SECRETARIAT;

/**
 * The one table of who may do what to a need in which state (state × action × actor).
 * Pages, API and the aggregate all ask it; what is not in the table is refused.
 */
final class NeedWorkflow {

	/**
	 * One allowed move: in state {@code from}, {@code actors} may take {@code action},
	 * which leads to {@code to}.
	 */
	record Move(NeedStatus from, NeedAction action, NeedStatus to, Set<Actor> actors, boolean needsReason) {
	}

	static final List<Move> MOVES = List.of(new Move(DRAFT, SUBMIT, SUBMITTED, EnumSet.of(OWNER, SECRETARIAT), false),
			new Move(RETURNED, SUBMIT, SUBMITTED, EnumSet.of(OWNER, SECRETARIAT), false),
			new Move(SUBMITTED, WITHDRAW, DRAFT, EnumSet.of(OWNER, SECRETARIAT), false),
			new Move(SUBMITTED, VALIDATE, VALIDATED, EnumSet.of(PILLAR_LEAD, SECRETARIAT), false),
			new Move(SUBMITTED, RETURN, RETURNED, EnumSet.of(PILLAR_LEAD, SECRETARIAT), true),
			new Move(VALIDATED, ADOPT, ADOPTED, EnumSet.of(SECRETARIAT), false));

	/**
	 * The states in which a need's content may change, and by whom.
	 */
	static final Set<NeedStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);

	static final Set<Actor> EDITORS = EnumSet.of(OWNER, SECRETARIAT);

	private NeedWorkflow() {
	}

	/**
	 * The move for this action in this state, if the actor may make it.
	 * @throws ConflictException when the state does not allow the action at all
	 * @throws AccessDeniedException when the state allows it, but not for this actor
	 */
	static Move move(NeedStatus from, NeedAction action, Set<Actor> actor) {
		Move move = find(from, action)
			.orElseThrow(() -> new ConflictException(refused(action, from.name().toLowerCase(Locale.ROOT))));
		if (move.actors().stream().noneMatch(actor::contains)) {
			throw new AccessDeniedException(
					UserText.of("needs.transition.denied", action.name().toLowerCase(Locale.ROOT)).english());
		}
		return move;
	}

	/**
	 * The actions this actor may take on a need in this state, for the buttons on a page.
	 */
	static List<NeedAction> actionsFor(NeedStatus from, Set<Actor> actor) {
		return MOVES.stream()
			.filter((move) -> move.from() == from && move.actors().stream().anyMatch(actor::contains))
			.map(Move::action)
			.toList();
	}

	static boolean mayEdit(NeedStatus status, Set<Actor> actor) {
		return EDITABLE.contains(status) && EDITORS.stream().anyMatch(actor::contains);
	}

	static Optional<Move> find(NeedStatus from, NeedAction action) {
		return MOVES.stream().filter((move) -> move.from() == from && move.action() == action).findFirst();
	}

	private static UserText refused(NeedAction action, String state) {
		return switch (action) {
			case SUBMIT -> UserText.of("needs.transition.refused.submit", state);
			case WITHDRAW -> UserText.of("needs.transition.refused.withdraw", state);
			case VALIDATE -> UserText.of("needs.transition.refused.validate", state);
			case RETURN -> UserText.of("needs.transition.refused.return", state);
			case ADOPT -> UserText.of("needs.transition.refused.adopt", state);
		};
	}

}
