package com.wbiisg.mapping.meetings.demo;

import java.time.ZoneId;
import java.util.List;

import com.wbiisg.mapping.meetings.internal.MeetingSeedRecords;

/**
 * The demo data file {@code demo/meetings.yml}: the time zone of the meetings, the key
 * documents, the meetings and the milestone.
 */
record MeetingsDemoFile(ZoneId zone, List<MeetingSeedRecords.Document> documents,
		List<MeetingSeedRecords.MeetingRecord> meetings, MeetingSeedRecords.MilestoneEntry milestone) {

}
