package com.wbiisg.mapping.needs;

import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.needs.internal.NeedEditing;
import com.wbiisg.mapping.needs.internal.NeedQueries;
import com.wbiisg.mapping.needs.internal.NeedReview;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

/**
 * The needs as the needs pages and the API use them: reading the needs the current user
 * may see with their history and what it may do to them, entering and changing needs, and
 * taking the steps of their workflow. The rules, the visibility, the access checks and
 * the audit are those of the services this delegates to.
 */
@Service
public class NeedManagement {

	private final NeedQueries queries;

	private final NeedEditing editing;

	private final NeedReview review;

	NeedManagement(NeedQueries queries, NeedEditing editing, NeedReview review) {
		this.queries = queries;
		this.editing = editing;
		this.review = review;
	}

	/**
	 * One page of the needs of the filter that the current user may see.
	 */
	public Page<NeedView> search(NeedFilter filter, int page, int size) {
		return this.queries.search(filter, page, size);
	}

	/**
	 * Every need of the filter that the current user may see, for one page showing them
	 * all (a partner's template).
	 */
	public List<NeedView> all(NeedFilter filter) {
		return this.queries.all(filter);
	}

	/**
	 * A need the current user may see.
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when there is none, a
	 * {@link com.wbiisg.mapping.shared.HiddenRecordException} when the user may not see
	 * it
	 */
	public NeedView get(long id) {
		return this.queries.get(id);
	}

	/**
	 * The history of a need the current user may see, oldest step first.
	 */
	public List<NeedTransitionView> history(long id) {
		return this.queries.history(id);
	}

	/**
	 * What the current user may do to a need it may see.
	 */
	public NeedPermissions permissions(long id) {
		return this.queries.permissions(id);
	}

	/**
	 * Needs per partner and status in a cycle, restricted needs included: a count says
	 * nothing about a need's content.
	 */
	public Map<String, Map<NeedStatus, Long>> progress(long cycleId) {
		return this.queries.progress(cycleId);
	}

	/**
	 * The needs of the filter that the current user reviews: every need for the
	 * Secretariat, those of the pillars its organisation leads for a pillar lead.
	 */
	public NeedReviewQueue reviewQueue(NeedFilter filter) {
		return this.queries.reviewQueue(filter);
	}

	/**
	 * Enters a need: a focal point for its own partner, the Secretariat for any partner
	 * and for regional needs, under a measure of an open cycle's framework.
	 */
	public NeedView create(NeedInput input) {
		return this.editing.create(input);
	}

	/**
	 * Changes a need's content.
	 * @param expectedVersion the version the user read
	 */
	public NeedView update(long id, long expectedVersion, NeedInput input) {
		return this.editing.update(id, expectedVersion, input);
	}

	/**
	 * Takes one workflow step. A reason is required to return a need, a decision to adopt
	 * it.
	 */
	public NeedView transition(long id, NeedAction action, @Nullable String reason, @Nullable String decision) {
		return this.review.transition(id, action, reason, decision);
	}

	/**
	 * Submits every draft of a partner in a cycle, all or none; answers how many were
	 * submitted.
	 */
	public int submitAllDrafts(long cycleId, String partner) {
		return this.review.submitAllDrafts(cycleId, partner);
	}

	/**
	 * Adopts validated needs with the adopting decision, all or none; answers how many
	 * were adopted.
	 */
	public int adoptAll(List<Long> ids, String decision) {
		return this.review.adoptAll(ids, decision);
	}

}
