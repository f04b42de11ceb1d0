package com.wbiisg.mapping.meetings;

import java.util.List;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The checks of a meeting's time zone and online link: a time zone is required and must
 * be known, a link is an http or https address, each told in its own words.
 */
class MeetingInputTests {

	@Test
	void acceptsTheTimeZonesJavaKnows() {
		for (String zone : List.of("Europe/Skopje", " UTC ", "Europe/Sarajevo", "Z", "+01:00")) {
			assertThat(RecordValidation.problems(meeting(zone, null), "timeZone")).as(zone).isEmpty();
		}
	}

	@Test
	void asksForATimeZone() {
		for (String zone : new String[] { null, "", "  " }) {
			assertThat(RecordValidation.problems(meeting(zone, null), "timeZone")).as("[%s]", zone)
				.extracting(FieldProblem::field, FieldProblem::message)
				.containsExactly(tuple("timeZone", "Choose the time zone of the meeting, such as Europe/Skopje."));
		}
	}

	@Test
	void namesAnUnknownTimeZoneTrimmed() {
		assertThat(RecordValidation.problems(meeting(" Mars/Olympus ", null), "timeZone"))
			.extracting(FieldProblem::field, FieldProblem::message)
			.containsExactly(
					tuple("timeZone", "Unknown time zone Mars/Olympus; use a name such as Europe/Skopje or UTC."));
	}

	@Test
	void acceptsWebAddressesAndNoLink() {
		for (String link : new String[] { null, "  ", "https://example.org/meet", " http://example.org ",
				"HTTPS://EXAMPLE.ORG/x?y=1" }) {
			assertThat(RecordValidation.problems(meeting("UTC", link), "onlineLink")).as("[%s]", link).isEmpty();
		}
	}

	@Test
	void refusesLinksThatAreNotWebAddresses() {
		for (String link : List.of("javascript:alert(1)", "ftp://example.org", "https://", "example.org",
				"https://exa mple.org")) {
			assertThat(RecordValidation.problems(meeting("UTC", link), "onlineLink")).as(link)
				.extracting(FieldProblem::field, FieldProblem::message)
				.containsExactly(tuple("onlineLink", "Give a web address starting with https://."));
		}
	}

	@Test
	void tellsALinkAtItsLimitFromOneOver() {
		String prefix = "https://example.org/";
		String atLimit = prefix + "l".repeat(MeetingInput.MAX_ONLINE_LINK - prefix.length());

		assertThat(RecordValidation.problems(meeting("UTC", atLimit), "onlineLink")).isEmpty();
		assertThat(RecordValidation.problems(meeting("UTC", atLimit + "l"), "onlineLink"))
			.extracting(FieldProblem::message)
			.containsExactly("At most 500 characters.");
	}

	@Test
	void tellsTheLengthOfALinkBeforeItsForm() {
		assertThat(RecordValidation.problems(meeting("UTC", "ftp://" + "l".repeat(500)), "onlineLink"))
			.extracting(FieldProblem::message)
			.containsExactly("At most 500 characters.", "Give a web address starting with https://.");
	}

	private static MeetingInput meeting(@Nullable String timeZone, @Nullable String onlineLink) {
		return new MeetingInput(MeetingKind.BOARD, 1, "Board", List.of(), "2021-05-05", null, timeZone, false, null,
				null, onlineLink, MeetingFormat.ONLINE, null, List.of(), MeetingStatus.PLANNED, false, List.of(),
				List.of());
	}

}
