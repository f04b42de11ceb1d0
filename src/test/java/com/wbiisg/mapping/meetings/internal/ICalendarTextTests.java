package com.wbiisg.mapping.meetings.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iCalendar text rules of RFC 5545 that the feeds rely on: line folding by octets,
 * escaping of TEXT values, UTC date-times and dates.
 */
class ICalendarTextTests {

	@Test
	void foldsLinesAt75OctetsWithoutSplittingACharacter() {
		String summary = "SUMMARY:" + "Sastanak u Beogradu – Средба во Скопје – Takim në Prishtinë ".repeat(4);
		String folded = ICalendarText.fold(summary);
		for (String line : folded.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(folded.split("\r\n")).allSatisfy((line) -> assertThat(line).doesNotContain("\uFFFD"));
		assertThat(folded.replace("\r\n ", "")).isEqualTo(summary);
		assertThat(ICalendarText.fold("SHORT:line")).isEqualTo("SHORT:line");
	}

	@Test
	void escapesBackslashSemicolonCommaAndLineBreaksAndDropsControlCharacters() {
		assertThat(ICalendarText.escape("a\\b;c,d\r\ne\nf\rg\u0007h\ti"))
			.isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng" + "h\ti");
	}

	@Test
	void writesCrlfLinesWithUtcTimesAndDates() {
		String text = new ICalendarText().begin("VEVENT")
			.utc("DTSTART", Instant.parse("2021-03-03T08:00:00Z"))
			.date("DTEND", LocalDate.of(2021, 3, 5))
			.text("SUMMARY", "Prishtina, Kosovo*")
			.end("VEVENT")
			.toString();
		assertThat(text).isEqualTo("BEGIN:VEVENT\r\nDTSTART:20210303T080000Z\r\nDTEND;VALUE=DATE:20210305\r\n"
				+ "SUMMARY:Prishtina\\, Kosovo*\r\nEND:VEVENT\r\n");
	}

}
