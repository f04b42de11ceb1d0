package com.wbiisg.mapping.reporting;

import java.time.LocalDate;

import com.wbiisg.mapping.ModuleTestSettings;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reporting module with what it depends on and the web module: each step of a draft's
 * lifecycle is announced by the draft, with who took it and the meeting or decision it
 * names.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "web")
@AutoConfigureMockMvc
@ModuleTestSettings
class ReportEventsIntegrationTests {

	private final NeedFixtures needs;

	private final ReportFixtures reports;

	private long draft;

	ReportEventsIntegrationTests(MockMvc mvc, UserDetailsService users, AccountAdministration accounts,
			Membership membership, Frameworks frameworks) {
		this.needs = new NeedFixtures(mvc, users, accounts, membership, frameworks);
		this.reports = new ReportFixtures(mvc, this.needs, membership);
	}

	@BeforeAll
	void generateADraft() throws Exception {
		long cycle = this.needs.openCycle();
		this.reports.submitted(cycle, "A need of the report", false);
		this.draft = this.reports.generate(cycle);
	}

	@Test
	void announcesEachStepOfADraftWithItsMeetingOrDecision(Scenario scenario) {
		scenario.stimulate(() -> step("DISCUSS", "WBCTi SG, Skopje, 5 May 2021"))
			.andWaitForEventOfType(ReportStatusChanged.class)
			.toArriveAndVerify((event) -> {
				assertThat(event.draftId()).isEqualTo(this.draft);
				assertThat(event.kind()).isEqualTo(ReportKind.NEEDS_MAPPING);
				assertThat(event.action()).isEqualTo(ReportAction.DISCUSS);
				assertThat(event.from()).isEqualTo(ReportStatus.DRAFT);
				assertThat(event.to()).isEqualTo(ReportStatus.DISCUSSED);
				assertThat(event.by()).isEqualTo(this.needs.username(Who.SECRETARIAT));
				assertThat(event.decision()).isEqualTo("WBCTi SG, Skopje, 5 May 2021");
				assertThat(event.adoptedOn()).isNull();
			});
		step("FINALISE", null);

		scenario.stimulate(() -> step("ADOPT", "6th IISG Board, Sarajevo, 20 June 2022"))
			.andWaitForEventOfType(ReportStatusChanged.class)
			.matchingMappedValue(ReportStatusChanged::action, ReportAction.ADOPT)
			.toArriveAndVerify((event) -> {
				assertThat(event.to()).isEqualTo(ReportStatus.ADOPTED);
				assertThat(event.decision()).isEqualTo("6th IISG Board, Sarajevo, 20 June 2022");
				assertThat(event.adoptedOn()).isNotNull().isBeforeOrEqualTo(LocalDate.now().plusDays(1));
			});
	}

	private Object step(String action, String decision) {
		try {
			return this.reports.transition(this.draft, Who.SECRETARIAT, action, decision)
				.andExpect(status().isOk())
				.andReturn();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
