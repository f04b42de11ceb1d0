package com.wbiisg.mapping.meetings.internal;

import java.util.Objects;

import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.meetings.internal.actions.ActionItem;

/**
 * Who looks at the calendar, and what that allows (DESIGN.md §2): the Secretariat manages
 * meetings and records decisions; members (the Board and the focal points) read every
 * meeting with its records and change the status of the action items they or their
 * organisation own; observers read the calendar: unrestricted meetings, without minutes,
 * attendance, decisions, action items or links to members-only records.
 */
public record MeetingViewer(CurrentUser user) {

	public boolean manages() {
		return this.user.is(Role.SECRETARIAT);
	}

	public boolean isMember() {
		return !this.user.is(Role.OBSERVER);
	}

	public boolean canSee(Meeting meeting) {
		return isMember() || !meeting.isRestricted();
	}

	/**
	 * Whether the viewer reads a meeting's minutes, attendance, decisions and action
	 * items.
	 */
	public boolean seesRecords() {
		return isMember();
	}

	/**
	 * Whether the action is the viewer's own or its organisation's.
	 */
	boolean owns(ActionItem action) {
		return Objects.equals(action.getOwnerAccountId(), this.user.accountId()) || (this.user.organisationId() != null
				&& Objects.equals(action.getOwnerOrganisationId(), this.user.organisationId()));
	}

	public boolean canChangeStatus(ActionItem action) {
		return manages() || (isMember() && owns(action));
	}

}
