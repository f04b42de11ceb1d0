package com.wbiisg.mapping.exchange.internal.jobs;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JobFileSweepTests {

	@Test
	void saysHowLongFilesAreKeptInTheLargestWholeUnit() {
		assertThat(JobFileSweep.span(Duration.ofDays(7))).isEqualTo("7 days");
		assertThat(JobFileSweep.span(Duration.ofDays(1))).isEqualTo("1 day");
		assertThat(JobFileSweep.span(Duration.ofHours(36))).isEqualTo("36 hours");
		assertThat(JobFileSweep.span(Duration.ofMinutes(90))).isEqualTo("90 minutes");
		assertThat(JobFileSweep.span(Duration.ofSeconds(45))).isEqualTo("45 seconds");
		assertThat(JobFileSweep.span(Duration.ofSeconds(1))).isEqualTo("1 second");
	}

}
