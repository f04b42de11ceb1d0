package com.wbiisg.mapping.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import com.wbiisg.mapping.analysis.CycleAnalysis;
import com.wbiisg.mapping.needs.Cycles;
import com.wbiisg.mapping.needs.NeedFilter;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.Needs;
import com.wbiisg.mapping.reporting.internal.ReportDraft;
import com.wbiisg.mapping.reporting.internal.ReportGeneration;
import com.wbiisg.mapping.reporting.internal.ReportReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Generating report drafts on the demo data: a numbered snapshot of the cycle's needs,
 * projects, links and figures, equal to the analysis at that moment. Shares the Spring
 * context of the demo data tests.
 */
@SpringBootTest(properties = { "iisg.demo.password=Demo-Data-Test-2",
		"spring.datasource.url=jdbc:h2:mem:iisg-responses-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@DisabledIfSystemProperty(named = "iisg.test.database", matches = "postgres",
		disabledReason = "runs on its own in-memory H2 database, so the PostgreSQL run would only repeat it")
class ReportGenerationIntegrationTests {

	@Autowired
	ReportGeneration generation;

	@Autowired
	ReportReading reading;

	@Autowired
	CycleAnalysis analysis;

	@Autowired
	Cycles cycles;

	@Autowired
	UserDetailsService users;

	@Autowired
	Needs needs;

	@Test
	void keepsTheCyclesNeedsProjectsAndFiguresInANumberedSnapshot() {
		long cycle = this.cycles.list().get(0).id();
		ReportDraft first = as("secretariat",
				() -> this.generation.generate(ReportKind.NEEDS_MAPPING, "WBCTi", cycle, null));
		ReportDraft second = as("secretariat",
				() -> this.generation.generate(ReportKind.NEEDS_MAPPING, "WBCTi", cycle, null));
		assertThat(second.getDraftNumber()).isEqualTo(first.getDraftNumber() + 1);
		assertThat(second.getStatus()).isEqualTo(ReportStatus.DRAFT);

		ReportSnapshot snapshot = this.reading.snapshot(first.getId());
		assertThat(snapshot.needs()).hasSize((int) this.analysis.totals(cycle).needs());
		assertThat(snapshot.totals()).isEqualTo(this.analysis.totals(cycle));
		assertThat(snapshot.needs()).anyMatch(ReportSnapshot.NeedRow::restricted);
		assertThat(snapshot.framework()).extracting(ReportSnapshot.Item::code).contains("ANT", "PRE.2.1");
		assertThat(snapshot.partners()).extracting(ReportSnapshot.PartnerName::name).contains("Kosovo*");
		assertThat(snapshot.links()).hasSize(25);
		assertThat(snapshot.projects()).hasSize(15);
		assertThat(snapshot.cells()).isNotEmpty();
		assertThat(snapshot.funding()).isNotEmpty();
	}

	@Test
	void keepsTheResponseMappingOfAYearToTheProjectsReportedForIt() {
		ReportDraft draft = as("secretariat",
				() -> this.generation.generate(ReportKind.RESPONSE_MAPPING, "WBCTi", null, 2022));
		ReportSnapshot snapshot = this.reading.snapshot(draft.getId());
		assertThat(snapshot.year()).isEqualTo(2022);
		assertThat(snapshot.projects()).isNotEmpty().allMatch((project) -> project.initiatives().contains("WBCTi"));
	}

	@Test
	void seedsTheWbctiNeedsMappingReportWithAFirstDraftAndAPublishedSecondOne() {
		long cycle = this.cycles.list()
			.stream()
			.filter((candidate) -> candidate.name().equals("WBCTi 2021\u20132022"))
			.findFirst()
			.orElseThrow()
			.id();
		List<ReportDraft> seeded = this.reading.list()
			.stream()
			.filter((draft) -> draft.getKind() == ReportKind.NEEDS_MAPPING && draft.getCycleId() == cycle
					&& draft.getDraftNumber() <= 2)
			.sorted(Comparator.comparingInt(ReportDraft::getDraftNumber))
			.toList();
		assertThat(seeded).hasSize(2);
		assertThat(seeded.get(0).getStatus()).isEqualTo(ReportStatus.DRAFT);
		assertThat(seeded.get(0).getGeneratedAt()).isEqualTo(Instant.parse("2021-05-05T08:00:00Z"));
		ReportDraft adopted = seeded.get(1);
		assertThat(adopted.getStatus()).isEqualTo(ReportStatus.PUBLISHED);
		assertThat(adopted.getDiscussedAt()).contains("16\u201322 December 2021");
		assertThat(adopted.getAdoptedOn()).isEqualTo(LocalDate.of(2022, 6, 20));
		assertThat(adopted.getAdoptionDecision()).isEqualTo("6th IISG Board, Sarajevo, 20 June 2022");
		// The demo needs seeder left needs validated; recording the demo adoption adopts
		// none of them.
		List<String> statuses = this.reading.snapshot(adopted.getId())
			.needs()
			.stream()
			.map(ReportSnapshot.NeedRow::status)
			.toList();
		assertThat(statuses).contains("VALIDATED", "ADOPTED");
		long validatedNow = as("secretariat",
				() -> this.needs.search(new NeedFilter(cycle, null, null, null, null, NeedStatus.VALIDATED, null), 0, 1)
					.getTotalElements());
		assertThat(validatedNow).isPositive();
	}

	@Test
	void letsOnlyTheSecretariatGenerate() {
		assertThatThrownBy(() -> as("board", () -> this.generation.generate(ReportKind.NEEDS_MAPPING, "WBCTi",
				this.cycles.list().get(0).id(), null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private <T> T as(String username, Supplier<T> action) {
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
