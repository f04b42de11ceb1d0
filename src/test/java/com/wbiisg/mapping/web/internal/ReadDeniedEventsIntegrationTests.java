package com.wbiisg.mapping.web.internal;

import com.wbiisg.mapping.ModuleTestSettings;
import com.wbiisg.mapping.shared.HiddenRecordException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.web.ReadDenied;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web module on its own: a 404 that hides a record is announced as a denied read,
 * with who asked and what; a 404 of a record that does not exist is not.
 */
@ApplicationModuleTest
@ModuleTestSettings
class ReadDeniedEventsIntegrationTests {

	private static final RecordType NEED = RecordType.of("Need", "needs.record.need");

	private final ReadDeniedPublisher publisher;

	ReadDeniedEventsIntegrationTests(ReadDeniedPublisher publisher) {
		this.publisher = publisher;
	}

	@Test
	void announcesAHiddenRecordAnsweredAsMissing(Scenario scenario) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/needs/42");
		request.setQueryString("view=full");
		request.setRemoteUser("ba.focal");

		scenario.stimulate(() -> this.publisher.answeredNotFound(new HiddenRecordException(NEED, 42), request))
			.andWaitForEventOfType(ReadDenied.class)
			.toArriveAndVerify((event) -> assertThat(event)
				.isEqualTo(new ReadDenied("ba.focal", "Need", "42", "GET /api/v1/needs/42?view=full")));
	}

	@Test
	void announcesNothingForARecordThatDoesNotExist(PublishedEvents events) {
		this.publisher.answeredNotFound(new RecordNotFoundException(NEED, 43),
				new MockHttpServletRequest("GET", "/api/v1/needs/43"));

		assertThat(events.ofType(ReadDenied.class)).isEmpty();
	}

}
