package com.wbiisg.mapping.meetings;

/**
 * Whether people meet in one place, online, or both.
 */
public enum MeetingFormat {

	IN_PERSON, ONLINE, HYBRID;

	/**
	 * Whether the meeting has a place, which then needs a city.
	 */
	public boolean hasPlace() {
		return this != ONLINE;
	}

	/**
	 * Whether the meeting is joined online, which then needs a link.
	 */
	public boolean isOnline() {
		return this != IN_PERSON;
	}

}
