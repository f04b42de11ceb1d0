package com.wbiisg.mapping.meetings.demo;

import java.time.ZoneId;
import java.util.List;

import com.wbiisg.mapping.meetings.internal.MeetingSeeding;

/**
 * The demo data file {@code demo/meetings.yml}: the time zone of the meetings, the key
 * documents, the meetings and the milestone.
 */
record MeetingsDemoFile(ZoneId zone, List<MeetingSeeding.Document> documents,
		List<MeetingSeeding.MeetingRecord> meetings, MeetingSeeding.MilestoneEntry milestone) {

}
