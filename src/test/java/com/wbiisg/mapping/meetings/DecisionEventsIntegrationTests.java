package com.wbiisg.mapping.meetings;

import java.time.LocalDate;

import com.wbiisg.mapping.ModuleTestSettings;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
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
 * The meetings module with what it depends on and the web module: a recorded decision
 * announces itself with the id it was given, applied to what it adopts.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "web")
@AutoConfigureMockMvc
@ModuleTestSettings
class DecisionEventsIntegrationTests {

	private final MeetingFixtures fixtures;

	private final DecisionFixtures targets;

	DecisionEventsIntegrationTests(MockMvc mvc, UserDetailsService users, AccountAdministration accounts,
			Membership membership) {
		this.fixtures = new MeetingFixtures(mvc, users, accounts, membership);
		this.targets = new DecisionFixtures(mvc, this.fixtures);
	}

	@Test
	void announcesARecordedDecisionWithTheIdItWasGiven(Scenario scenario) throws Exception {
		long meeting = this.fixtures.meeting("Board adopting with events", "held", false);
		long draft = this.targets.frameworkDraft();

		scenario.stimulate(() -> {
			try {
				return MeetingFixtures.id(
						this.fixtures
							.decide(meeting,
									"{\"kind\": \"adopt_framework\", \"targetId\": %d, \"text\": \"Adopted.\"}"
										.formatted(draft))
							.andExpect(status().isCreated()),
						"$.id");
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		})
			.andWaitForEventOfType(DecisionRecorded.class)
			.toArriveAndVerify((event, decision) -> assertThat(event).isEqualTo(new DecisionRecorded(decision, meeting,
					DecisionKind.ADOPT_FRAMEWORK, draft, LocalDate.of(2021, 5, 5))));
	}

}
