package com.wbiisg.mapping.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.wbiisg.mapping.needs.Cycles;
import com.wbiisg.mapping.reporting.internal.PdfBars;
import com.wbiisg.mapping.reporting.internal.ReportDraft;
import com.wbiisg.mapping.reporting.internal.ReportReading;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF of the seeded WBCTi Needs Mapping Report, read back as drawn: the coverage
 * chart of the summary has one bar per partner, each on one line (Albania's 3 covered, 1
 * partly and 1 not of 5 needs wrapped onto a second line). Shares the Spring context of
 * the demo data tests.
 */
@SpringBootTest(properties = { "iisg.demo.password=Demo-Data-Test-2",
		"spring.datasource.url=jdbc:h2:mem:iisg-responses-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@DisabledIfSystemProperty(named = "iisg.test.database", matches = "postgres",
		disabledReason = "runs on its own in-memory H2 database, so the PostgreSQL run would only repeat it")
class ReportPdfDemoDataIntegrationTests {

	@Autowired
	ReportReading reading;

	@Autowired
	ReportDownloads downloads;

	@Autowired
	Cycles cycles;

	@Autowired
	UserDetailsService users;

	@Test
	void drawsEachPartnersCoverageBarOnOneLine() throws Exception {
		long cycle = this.cycles.list()
			.stream()
			.filter((candidate) -> candidate.name().equals("WBCTi 2021\u20132022"))
			.findFirst()
			.orElseThrow()
			.id();
		ReportDraft published = this.reading.list()
			.stream()
			.filter((draft) -> draft.getKind() == ReportKind.NEEDS_MAPPING && draft.getCycleId() == cycle
					&& draft.getDraftNumber() == 2)
			.findFirst()
			.orElseThrow();
		// The chart's bars: the partners with figures, in the order of the registry.
		ReportSnapshot snapshot = this.reading.snapshot(published.getId());
		List<String> partners = new ArrayList<>();
		List<long[]> splits = new ArrayList<>();
		for (ReportSnapshot.PartnerName partner : snapshot.partners()) {
			long[] split = new long[3];
			boolean figures = false;
			for (ReportSnapshot.Cell cell : snapshot.cells()) {
				if (cell.partner().equals(partner.code())) {
					figures = true;
					split[0] += cell.figures().covered();
					split[1] += cell.figures().partial();
					split[2] += cell.figures().uncovered();
				}
			}
			if (figures) {
				partners.add(partner.name());
				splits.add(split);
			}
		}
		assertThat(splits.get(partners.indexOf("Albania"))).containsExactly(3, 1, 1);

		byte[] pdf = as("secretariat", () -> this.downloads.pdf(published.getId()).content());
		List<PdfBars.Bar> bars = PdfBars.coverageBars(pdf);
		assertThat(bars).hasSizeGreaterThanOrEqualTo(splits.size());
		SoftAssertions softly = new SoftAssertions();
		for (int i = 0; i < splits.size(); i++) {
			softly.assertThat(bars.get(i).page()).as(partners.get(i) + ": page").isEqualTo(3);
			PdfBars.assertOnOneLine(softly, bars.get(i), splits.get(i)[0], splits.get(i)[1], splits.get(i)[2]);
		}
		softly.assertAll();
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
