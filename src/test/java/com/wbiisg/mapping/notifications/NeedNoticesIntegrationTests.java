package com.wbiisg.mapping.notifications;

import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.responses.ProjectFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The people who act next on a need hear of it: a submitted need its reviewers (the focal
 * points of the organisation leading its pillar's working group) and the Secretariat, a
 * returned need its partner's focal points with the reason; nobody else, and not the one
 * who made the change.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedNoticesIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private AccountAdministration accounts;

	@Autowired
	private Membership membership;

	@Autowired
	private Frameworks frameworks;

	@Autowired
	private JdbcTemplate jdbc;

	private NeedFixtures fixtures;

	@BeforeAll
	void prepare() {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
	}

	@Test
	void tellsTheReviewersAndTheSecretariatOfASubmittedNeedAndNobodyElse() throws Exception {
		long need = this.fixtures.draft(this.fixtures.openCycle(), false);

		this.fixtures.bringTo(need, NeedStatus.SUBMITTED);

		assertThat(subjects(Who.PILLAR_LEAD, need))
			.containsExactly("A need waits for your review: Train teachers and social workers on early signs");
		assertThat(subjects(Who.SECRETARIAT, need)).hasSize(1);
		assertThat(subjects(Who.OWNER, need)).as("the one who submitted it").isEmpty();
		assertThat(subjects(Who.GROUP_MEMBER, need)).as("a member of the group that does not lead it").isEmpty();
		assertThat(subjects(Who.OUTSIDER, need)).isEmpty();
		assertThat(subjects(Who.OTHER_BENEFICIARY, need)).isEmpty();
		assertThat(subjects(Who.BOARD, need)).isEmpty();
		Map<String, Object> mail = message(Who.PILLAR_LEAD, need);
		assertThat(mail).containsEntry("kind", "NEED_SUBMITTED").containsEntry("state", "PENDING");
		assertThat((String) mail.get("text_body")).contains("North Macedonia", "PRE.2.1",
				"submitted by " + this.fixtures.username(Who.OWNER), "/needs/" + need);
	}

	@Test
	void tellsThePartnersFocalPointsOfAReturnedNeedWithTheReason() throws Exception {
		long need = this.fixtures.draft(this.fixtures.openCycle(), false);
		this.fixtures.bringTo(need, NeedStatus.SUBMITTED);

		this.fixtures.transition(need, "RETURN", Who.PILLAR_LEAD, "The estimated cost has no breakdown", null)
			.andExpect(status().isOk());

		assertThat(subjects(Who.OWNER, need))
			.containsExactly("A need was returned to you: Train teachers and social workers on early signs");
		assertThat((String) message(Who.OWNER, need).get("text_body"))
			.contains("The reason given: The estimated cost has no breakdown");
		assertThat(subjects(Who.OTHER_BENEFICIARY, need)).isEmpty();
		assertThat(subjects(Who.PILLAR_LEAD, need)).as("only the submission's").hasSize(1);
	}

	@Test
	void tellsOfARestrictedNeedOnlyThoseWhoMayReadIt() throws Exception {
		long need = this.fixtures.draft(this.fixtures.openCycle(), true);

		this.fixtures.bringTo(need, NeedStatus.RETURNED);

		assertThat(subjects(Who.PILLAR_LEAD, need)).hasSize(1);
		assertThat(subjects(Who.OWNER, need)).hasSize(1);
		for (Who outside : List.of(Who.GROUP_MEMBER, Who.OUTSIDER, Who.OTHER_BENEFICIARY, Who.BOARD)) {
			assertThat(subjects(outside, need)).as(outside.name()).isEmpty();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from mail_message m join account a on a.id = m.account_id "
				+ "where m.link like ? and a.role not in ('SECRETARIAT', 'PARTNER_FOCAL_POINT', 'BENEFICIARY_FOCAL_POINT')",
				Long.class, "%/needs/" + need))
			.isZero();
	}

	@Test
	void tellsThePartnersFocalPointsThatAProjectNowAddressesTheirNeedWithoutNamingTheProject() throws Exception {
		ProjectFixtures projects = new ProjectFixtures(this.mvc, this.fixtures, this.membership);
		long cycle = this.fixtures.openCycle();
		long need = projects.submittedNeed(cycle, "MK", false);
		long project = projects.project("Regional police academy exchange", "MK");

		projects.link(Who.GROUP_MEMBER, project, need, "partial", "null").andExpect(status().isCreated());

		List<String> told = subjects(Who.OWNER, need);
		assertThat(told).last().asString().startsWith("A project now addresses your need: ");
		assertThat((String) message(Who.OWNER, need).get("text_body")).contains("covers it in part")
			.doesNotContain("Regional police academy exchange");
		assertThat(subjects(Who.OTHER_BENEFICIARY, need)).isEmpty();
		assertThat(subjects(Who.GROUP_MEMBER, need)).isEmpty();
	}

	@Test
	void tellsNobodyOfADraftOrAWithdrawal() throws Exception {
		long need = this.fixtures.draft(this.fixtures.openCycle(), false);
		this.fixtures.bringTo(need, NeedStatus.SUBMITTED);
		long before = count(need);

		this.fixtures.transition(need, "WITHDRAW", Who.OWNER, null, null).andExpect(status().isOk());

		assertThat(count(need)).isEqualTo(before);
	}

	private List<String> subjects(Who who, long need) {
		return this.jdbc.queryForList(
				"select m.subject from mail_message m join account a on a.id = m.account_id "
						+ "where a.username = ? and m.link like ? order by m.id",
				String.class, this.fixtures.username(who), "%/needs/" + need);
	}

	private Map<String, Object> message(Who who, long need) {
		return this.jdbc.queryForMap(
				"select m.* from mail_message m join account a on a.id = m.account_id "
						+ "where a.username = ? and m.link like ? order by m.id desc limit 1",
				this.fixtures.username(who), "%/needs/" + need);
	}

	private long count(long need) {
		return this.jdbc.queryForObject("select count(*) from mail_message where link like ?", Long.class,
				"%/needs/" + need);
	}

}
