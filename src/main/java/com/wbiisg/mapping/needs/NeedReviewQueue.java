package com.wbiisg.mapping.needs;

import java.util.List;

/**
 * A review queue: whether the current user reviews needs at all, and the needs it
 * reviews, each with what it may do to it.
 */
public record NeedReviewQueue(boolean reviewer, List<Item> items) {

	/**
	 * One need of a review queue with what the user may do to it.
	 */
	public record Item(NeedView need, NeedPermissions permissions) {
	}

}
