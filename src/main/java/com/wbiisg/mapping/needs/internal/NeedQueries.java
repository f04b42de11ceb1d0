package com.wbiisg.mapping.needs.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.needs.NeedFilter;
import com.wbiisg.mapping.needs.NeedPermissions;
import com.wbiisg.mapping.needs.NeedReviewQueue;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedTransitionView;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Needs;
import com.wbiisg.mapping.shared.HiddenRecordException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads needs for the current user: lists, one need with its history, progress counts. A
 * need the user may not see does not exist for them (404), but asking for it is audited
 * ({@link HiddenRecordException}).
 */
@Service
@Transactional(readOnly = true)
public class NeedQueries implements Needs {

	private static final Sort ORDER = Sort.by("partner", "measureCode", "id");

	private static final int BATCH = 1000;

	private final NeedRepository needs;

	private final NeedTransitionRepository transitions;

	private final Viewers viewers;

	private final NeedSessionRepository session;

	NeedQueries(NeedRepository needs, NeedTransitionRepository transitions, Viewers viewers,
			NeedSessionRepository session) {
		this.needs = needs;
		this.transitions = transitions;
		this.viewers = viewers;
		this.session = session;
	}

	@Override
	public Optional<NeedView> findVisible(long id) {
		Viewer viewer = this.viewers.current();
		return this.needs.findById(id).filter(viewer::canSee).map(Need::toView);
	}

	@Override
	public Optional<NeedView> findVisibleTo(CurrentUser user, long id) {
		Viewer viewer = this.viewers.of(user);
		return this.needs.findById(id).filter(viewer::canSee).map(Need::toView);
	}

	@Override
	public List<NeedView> findVisible(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Viewer viewer = this.viewers.current();
		return this.needs.findAllById(Set.copyOf(ids)).stream().filter(viewer::canSee).map(Need::toView).toList();
	}

	@Override
	public NeedView get(long id) {
		return HiddenRecordException
			.requireVisible(this.needs.findById(id), this.viewers.current()::canSee, NeedEditing.NEED, id)
			.toView();
	}

	@Override
	public Page<NeedView> search(NeedFilter filter, int page, int size) {
		Viewer viewer = this.viewers.current();
		return this.needs
			.findAll(NeedSpecifications.visibleTo(viewer).and(NeedSpecifications.matching(filter)),
					PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), ORDER))
			.map(Need::toView);
	}

	@Override
	public void forEachVisible(NeedFilter filter, Consumer<NeedView> sink) {
		Viewer viewer = this.viewers.current();
		Specification<Need> matching = NeedSpecifications.visibleTo(viewer).and(NeedSpecifications.matching(filter));
		// In one cycle, ordered as the index on (cycle, id) is, so that each batch reads
		// from where the last one stopped instead of sorting every later need again.
		Sort order = (filter.cycle() != null) ? Sort.by("cycleId", "id") : Sort.by("id");
		long last = Long.MIN_VALUE;
		List<Need> batch;
		do {
			long after = last;
			batch = this.needs.findBy(matching.and((root, query, cb) -> cb.greaterThan(root.get("id"), after)),
					(query) -> query.sortBy(order).limit(BATCH).all());
			for (Need need : batch) {
				sink.accept(need.toView());
				last = need.getId();
			}
			this.session.forgetRead(batch);
		}
		while (batch.size() == BATCH);
	}

	/**
	 * Every need of the filter that the user may see, for one page showing them all (a
	 * partner's template, a review queue).
	 */
	public List<NeedView> all(NeedFilter filter) {
		Viewer viewer = this.viewers.current();
		return this.needs.findAll(NeedSpecifications.visibleTo(viewer).and(NeedSpecifications.matching(filter)), ORDER)
			.stream()
			.map(Need::toView)
			.toList();
	}

	/**
	 * The need's creation, which its own row tells (who made it, when, as a draft), then
	 * every move of the workflow.
	 */
	public List<NeedTransitionView> history(long id) {
		NeedView need = get(id);
		List<NeedTransitionView> history = new ArrayList<>();
		history.add(new NeedTransitionView(need.createdAt(), need.createdBy(), null, null, NeedStatus.DRAFT, null));
		this.transitions.findByNeedIdOrderByAtAscIdAsc(id).forEach((step) -> history.add(step.toView()));
		return history;
	}

	/**
	 * Needs per partner and status in a cycle. Restricted needs count here for everyone:
	 * a count says nothing about a need's content.
	 */
	public Map<String, Map<NeedStatus, Long>> progress(long cycleId) {
		Map<String, Map<NeedStatus, Long>> progress = new TreeMap<>();
		for (Object[] row : this.needs.countByPartnerAndStatus(cycleId)) {
			progress.computeIfAbsent((String) row[0], (partner) -> new EnumMap<>(NeedStatus.class))
				.put((NeedStatus) row[1], ((Number) row[2]).longValue());
		}
		return progress;
	}

	/**
	 * What the current user may do to the need: the workflow actions and whether it may
	 * edit.
	 */
	public NeedPermissions permissions(long id) {
		Viewer viewer = this.viewers.current();
		Need need = HiddenRecordException.requireVisible(this.needs.findById(id), viewer::canSee, NeedEditing.NEED, id);
		return permissionsOf(viewer, need);
	}

	/**
	 * The needs of the filter that the current user reviews, each with what it may do to
	 * it: every need for the Secretariat, the needs of the pillars its organisation's
	 * working groups lead for a pillar lead, none for anyone else.
	 */
	public NeedReviewQueue reviewQueue(NeedFilter filter) {
		Viewer viewer = this.viewers.current();
		boolean secretariat = viewer.role() == Role.SECRETARIAT;
		if (!secretariat && !viewer.isPillarLead()) {
			return new NeedReviewQueue(false, List.of());
		}
		Specification<Need> reviewed = NeedSpecifications.visibleTo(viewer).and(NeedSpecifications.matching(filter));
		if (!secretariat) {
			reviewed = reviewed.and(NeedSpecifications.ledBy(viewer));
		}
		return new NeedReviewQueue(true,
				this.needs.findAll(reviewed, ORDER)
					.stream()
					.map((need) -> new NeedReviewQueue.Item(need.toView(), permissionsOf(viewer, need)))
					.toList());
	}

	private static NeedPermissions permissionsOf(Viewer viewer, Need need) {
		var actor = viewer.actorFor(need);
		return new NeedPermissions(NeedWorkflow.actionsFor(need.getStatus(), actor),
				NeedWorkflow.mayEdit(need.getStatus(), actor));
	}

}
