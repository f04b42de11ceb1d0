package com.wbiisg.mapping.consultation;

import java.util.Optional;

/**
 * Something that can be commented, implemented as a Spring bean by the module that owns
 * it (framework items, needs, report sections). Consultation depends on no owning module:
 * it finds the targets by their {@link #type()} and asks them whether the current user
 * may see a target before showing or changing any of its comments.
 */
public interface CommentTarget {

	/**
	 * The kind of thing, upper case and unique among the targets, such as
	 * {@code FRAMEWORK_ITEM} or {@code NEED}.
	 */
	String type();

	/**
	 * The title of the target to show next to its comments, or empty when it does not
	 * exist or the current user may not see it; both answer 404.
	 * @throws com.wbiisg.mapping.shared.HiddenRecordException instead of answering empty,
	 * when the target exists but the current user may not see it, so that asking for its
	 * thread is audited as a denied read (the answer stays the same 404)
	 */
	Optional<String> titleIfVisible(String targetId);

	/**
	 * The address of the page that shows the target and its thread, within the
	 * application and without a fragment, such as {@code /frameworks/3/items/PRE.2}.
	 */
	String link(String targetId);

}
