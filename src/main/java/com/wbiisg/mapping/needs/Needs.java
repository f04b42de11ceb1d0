package com.wbiisg.mapping.needs;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.wbiisg.mapping.identity.CurrentUser;

import org.springframework.data.domain.Page;

/**
 * Reads needs as the current user may see them; what other modules need of the needs
 * module.
 */
public interface Needs {

	/**
	 * The need, if it exists and the current user may see it.
	 */
	Optional<NeedView> findVisible(long id);

	/**
	 * The need, if it exists and {@code user} may see it: for what the platform tells a
	 * user who is not the one asking, such as the mail about a need.
	 */
	Optional<NeedView> findVisibleTo(CurrentUser user, long id);

	/**
	 * The need, for an answer about it: its page, its projects, its suggestions.
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when there is no such
	 * need
	 * @throws com.wbiisg.mapping.shared.HiddenRecordException when the current user may
	 * not see it: the same 404, audited as a denied read
	 */
	NeedView get(long id);

	/**
	 * Those of the needs that exist and that the current user may see, in no particular
	 * order; the others are left out.
	 */
	List<NeedView> findVisible(Collection<Long> ids);

	/**
	 * One page of the needs of the filter that the current user may see.
	 */
	Page<NeedView> search(NeedFilter filter, int page, int size);

	/**
	 * Hands every need of the filter that the current user may see to {@code sink}, in
	 * the order of id, read a batch at a time after the last id read (keyset), so that
	 * reading all needs of a large cycle costs the same per batch; for snapshots and
	 * exports.
	 */
	void forEachVisible(NeedFilter filter, Consumer<NeedView> sink);

}
