package com.wbiisg.mapping.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.meetings.MeetingFixtures.Who;
import com.wbiisg.mapping.membership.MemberAdmission;
import com.wbiisg.mapping.membership.MemberCategory;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.web.ConflictException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A module offers itself as the target of a kind of decision with one bean, as the
 * reporting module will for reports: here a stand-in report target. It shows that a
 * target's refusal after it has already changed something (it admits an organisation,
 * then refuses) rolls back the change and the decision together.
 */
@IntegrationTest
@Import(DecisionTargetRegistrationIntegrationTests.ReportTarget.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionTargetRegistrationIntegrationTests {

	/**
	 * The report that the stand-in target refuses, after a change.
	 */
	static final long FROZEN_REPORT = 13;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Membership membership;

	@Autowired
	ReportTarget reports;

	private MeetingFixtures fixtures;

	private DecisionFixtures targets;

	@BeforeAll
	void prepare() {
		this.fixtures = new MeetingFixtures(this.mvc, this.users, this.accounts, this.membership);
		this.targets = new DecisionFixtures(this.mvc, this.fixtures);
	}

	@Test
	void recordsReportAdoptionsOnceATargetIsRegistered() throws Exception {
		long meeting = this.fixtures.meeting("Board adopting a report", "held", false);
		long decision = MeetingFixtures.id(this.fixtures
			.decide(meeting, "{\"kind\": \"adopt_report\", \"targetId\": 7, \"text\": \"The Board adopts draft 3.\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.targetLabel").value("Needs mapping report, draft 7"))
			.andExpect(jsonPath("$.applied").value(true)), "$.id");
		assertThat(this.reports.adopted).anySatisfy((reference) -> {
			assertThat(reference.decisionId()).isEqualTo(decision);
			assertThat(reference.path()).isEqualTo("/meetings/" + meeting + "#decision-" + decision);
		});
		this.mvc.perform(get("/api/v1/meetings/" + meeting).with(this.fixtures.as(Who.BOARD)))
			.andExpect(jsonPath("$.decisions[0].targetPath").value("/reports/7"));
	}

	@Test
	void aTargetThatRefusesAfterAChangeLeavesNeitherTheChangeNorTheDecision() throws Exception {
		long meeting = this.fixtures.meeting("Board adopting a frozen report", "held", false);
		long organisation = this.targets.observerOrganisation();
		this.reports.admitFirst = organisation;
		String before = this.targets.organisation(organisation);
		this.fixtures
			.decide(meeting,
					"{\"kind\": \"adopt_report\", \"targetId\": %d, \"text\": \"Adopted.\"}".formatted(FROZEN_REPORT))
			.andExpect(status().isConflict());
		assertThat(this.targets.organisation(organisation)).isEqualTo(before);
		assertThat((String) JsonPath.read(before, "$.category")).isEqualTo("OBSERVER");
		String json = this.mvc.perform(get("/api/v1/meetings/" + meeting).with(this.fixtures.as(Who.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<?>) JsonPath.read(json, "$.decisions")).isEmpty();
	}

	/**
	 * A stand-in for the reporting module's target, a bean of its own: every report
	 * exists; report {@link #FROZEN_REPORT} is refused, after it has admitted an
	 * organisation.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class ReportTarget implements DecisionTarget {

		final List<DecisionReference> adopted = new ArrayList<>();

		volatile long admitFirst;

		private final MemberAdmission admission;

		ReportTarget(MemberAdmission admission) {
			this.admission = admission;
		}

		@Override
		public DecisionKind kind() {
			return DecisionKind.ADOPT_REPORT;
		}

		@Override
		public List<RecordChoice> choices() {
			return List.of(new RecordChoice(7, "Needs mapping report, draft 7"));
		}

		@Override
		public Optional<String> label(long targetId) {
			return Optional.of("Needs mapping report, draft " + targetId);
		}

		@Override
		public String path(long targetId) {
			return "/reports/" + targetId;
		}

		@Override
		public void apply(long targetId, DecisionReference reference) {
			if (targetId == FROZEN_REPORT) {
				this.admission.admit(this.admitFirst, MemberCategory.REGIONAL_ORGANISATION, LocalDate.of(2021, 5, 5),
						reference.label());
				throw new ConflictException("Report " + targetId + " is frozen.");
			}
			this.adopted.add(reference);
		}

	}

}
