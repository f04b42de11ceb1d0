package com.wbiisg.mapping.needs.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.needs.NeedAction;
import com.wbiisg.mapping.needs.NeedAdoption;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.shared.HiddenRecordException;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workflow of needs: submit, withdraw, validate, return and adopt, one need or many
 * at once, each step as {@link NeedWorkflow} allows it, recorded in the need's history
 * and the audit trail.
 */
@Service
@Transactional
public class NeedReview implements NeedAdoption {

	private static final int BATCH = 1000;

	private final NeedRepository needs;

	private final NeedTransitionRepository transitions;

	private final CycleRepository cycles;

	private final NeedsSupport support;

	NeedReview(NeedRepository needs, NeedTransitionRepository transitions, CycleRepository cycles,
			NeedsSupport support) {
		this.needs = needs;
		this.transitions = transitions;
		this.cycles = cycles;
		this.support = support;
	}

	/**
	 * Takes one workflow step. A reason is required to return a need, a decision to adopt
	 * it.
	 */
	public NeedView transition(long id, NeedAction action, @Nullable String reason, @Nullable String decision) {
		Viewer viewer = this.support.viewer();
		Need need = HiddenRecordException.requireVisible(this.needs.findById(id), viewer::canSee, NeedEditing.NEED, id);
		take(viewer, need, action, reason, decision);
		return need.toView();
	}

	/**
	 * Submits every draft of a partner in a cycle, all or none; answers how many were
	 * submitted.
	 */
	public int submitAllDrafts(long cycleId, String partner) {
		Viewer viewer = this.support.viewer();
		this.cycles.findById(cycleId)
			.orElseThrow(() -> new RecordNotFoundException(CycleAdministration.CYCLE, cycleId));
		List<Need> drafts = this.needs.findByCycleIdAndPartnerAndStatus(cycleId, partner.toUpperCase(Locale.ROOT),
				NeedStatus.DRAFT);
		for (Need need : drafts) {
			if (!viewer.canSee(need)) {
				throw new AccessDeniedException(UserText.of("needs.submitAll.denied", partner).english());
			}
			take(viewer, need, NeedAction.SUBMIT, null, null);
		}
		return drafts.size();
	}

	/**
	 * Adopts validated needs with the adopting decision, all or none.
	 */
	public int adoptAll(List<Long> ids, String decision) {
		if (ids == null || ids.isEmpty()) {
			throw new InvalidInputException("ids", UserText.of("needs.adopt.needsRequired"));
		}
		Viewer viewer = this.support.viewer();
		List<Need> chosen = new ArrayList<>();
		for (Long id : ids) {
			chosen.add(HiddenRecordException.requireVisible(this.needs.findById(id), viewer::canSee, NeedEditing.NEED,
					id));
		}
		chosen.forEach((need) -> take(viewer, need, NeedAction.ADOPT, null, decision));
		return chosen.size();
	}

	/**
	 * Adopts the validated ones of the needs of a cycle, all or none, as the Needs
	 * Mapping Report listing them is adopted.
	 */
	@Override
	public int adoptValidated(long cycleId, Collection<Long> needIds, String decision) {
		Need.requireDecision(decision);
		Viewer viewer = this.support.viewer();
		if (viewer.role() != Role.SECRETARIAT) {
			throw new AccessDeniedException(UserText.of("needs.adopt.secretariatOnly").english());
		}
		this.cycles.findById(cycleId)
			.orElseThrow(() -> new RecordNotFoundException(CycleAdministration.CYCLE, cycleId));
		List<Need> validated = new ArrayList<>();
		List<Long> ids = List.copyOf(new TreeSet<>(needIds));
		for (int from = 0; from < ids.size(); from += BATCH) {
			validated.addAll(this.needs.findByCycleIdAndStatusAndIdIn(cycleId, NeedStatus.VALIDATED,
					ids.subList(from, Math.min(ids.size(), from + BATCH))));
		}
		validated.sort(Comparator.comparing(Need::getId));
		validated.forEach((need) -> take(viewer, need, NeedAction.ADOPT, null, decision));
		return validated.size();
	}

	private void take(Viewer viewer, Need need, NeedAction action, @Nullable String reason, @Nullable String decision) {
		NeedStatus from = need.getStatus();
		NeedWorkflow.Move move = need.take(action, viewer.actorFor(need), viewer.username(), reason, decision,
				this.support.now());
		this.needs.saveAndFlush(need);
		String why = (action == NeedAction.ADOPT) ? decision : reason;
		this.transitions.save(new NeedTransition(need.getId(), this.support.now(), viewer.username(), action, from,
				move.to(), (why == null || why.isBlank()) ? null : why.trim()));
		this.support.audit()
			.recordChange(action.name(), NeedEditing.RECORD, need.getId(),
					Changes.of().field("status", from, move.to()).set("reason", why));
	}

}
