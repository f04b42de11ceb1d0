package com.wbiisg.mapping.shared.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading the demo data files: dates and times stay text until the record reads them as
 * LocalDate and Instant, amounts stay exact, and a key the record does not know is
 * refused.
 */
class DemoDataTests {

	private final DemoData demo = new DemoData(JsonMapper.builder().build(), (username) -> {
		throw new UsernameNotFoundException(username);
	});

	@Test
	void readsDatesAndTimesAsTheRecordTypesThem() {
		Reports reports = this.demo.read("reporting.yml", Reports.class);
		assertThat(reports.drafts()).hasSize(2);
		assertThat(reports.drafts().get(0).at()).isEqualTo(Instant.parse("2021-05-05T08:00:00Z"));
		Map<String, Object> adopt = reports.drafts().get(1).steps().get(2);
		assertThat(adopt).containsEntry("action", "ADOPT").containsEntry("adoptedOn", "2022-06-20");
		assertThat(this.demo.read("needs.yml", Needs.class).cycle().opensOn()).isEqualTo(LocalDate.of(2021, 3, 4));
	}

	@Test
	void refusesAKeyTheRecordDoesNotKnow() {
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> this.demo.read("membership.yml", Membership.class))
			.withMessageContaining("nonMembers");
	}

	@Test
	void readsAmountsExactly() {
		List<Project> projects = this.demo.read("responses.yml", Projects.class).projects();
		assertThat(projects).hasSize(17);
		assertThat(projects.get(1).budget()).isEqualTo(new BigDecimal("2631578.95"));
		assertThat(projects.get(0).budget()).isEqualByComparingTo("17915000");
	}

	record Membership(String registeredBy) {
	}

	record Reports(List<Draft> drafts) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Draft(String kind, Instant at, List<Map<String, Object>> steps) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Needs(Cycle cycle) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Cycle(LocalDate opensOn) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Projects(List<Project> projects) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Project(String title, BigDecimal budget) {
	}

}
