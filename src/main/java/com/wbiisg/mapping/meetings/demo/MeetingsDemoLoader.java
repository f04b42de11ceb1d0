package com.wbiisg.mapping.meetings.demo;

import com.wbiisg.mapping.meetings.internal.MeetingSeeding;
import com.wbiisg.mapping.shared.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code demo/meetings.yml} in the demo profile through {@link MeetingSeeding}.
 * Runs after the other demo data but the reports (order 70: it refers to the WBCTi
 * framework and the demo cycle) and does nothing once any meeting exists.
 */
@Component("meetingsDemoData")
@Profile("demo")
@Order(70)
class MeetingsDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MeetingsDemoLoader.class);

	private final DemoData demo;

	private final MeetingSeeding seeding;

	MeetingsDemoLoader(DemoData demo, MeetingSeeding seeding) {
		this.demo = demo;
		this.seeding = seeding;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.seeding.anyMeeting()) {
			return;
		}
		MeetingsDemoFile file = this.demo.read("meetings.yml", MeetingsDemoFile.class);
		long decisions = this.seeding.enter(file.zone(), file.documents(), file.meetings(), file.milestone());
		log.info("Seeded {} meetings, {} decisions and the milestone \"{}\"", file.meetings().size(), decisions,
				file.milestone().name());
	}

}
