package com.wbiisg.mapping.meetings;

import java.util.List;

/**
 * What other modules may read of the calendar for the current user, such as a dashboard
 * panel: the next meetings it may see and its open action items.
 */
public interface Meetings {

	/**
	 * The meetings that have not ended yet and that the current user may see, the
	 * earliest first, at most {@code limit}.
	 */
	List<MeetingView> next(int limit);

	/**
	 * The open action items of the current user and of its organisation, those due first
	 * first.
	 */
	List<ActionItemView> openActionsOfCurrentUser();

}
