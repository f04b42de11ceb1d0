package com.wbiisg.mapping.needs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every (state, action, user) triple through the API: it either makes the one move the
 * workflow allows, or is refused (404 when the user may not see the need, 409 when the
 * state does not allow the action, 403 when the user may not take it) and changes
 * nothing. The expected table is written out here, apart from the production table, so
 * that the two check each other.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedTransitionTableIntegrationTests {

	private static final Map<String, Set<Who>> ALLOWED = Map.of("DRAFT SUBMIT", EnumSet.of(Who.OWNER, Who.SECRETARIAT),
			"RETURNED SUBMIT", EnumSet.of(Who.OWNER, Who.SECRETARIAT), "SUBMITTED WITHDRAW",
			EnumSet.of(Who.OWNER, Who.SECRETARIAT), "SUBMITTED VALIDATE", EnumSet.of(Who.PILLAR_LEAD, Who.SECRETARIAT),
			"SUBMITTED RETURN", EnumSet.of(Who.PILLAR_LEAD, Who.SECRETARIAT), "VALIDATED ADOPT",
			EnumSet.of(Who.SECRETARIAT));

	private static final Map<String, NeedStatus> TARGET = Map.of("DRAFT SUBMIT", NeedStatus.SUBMITTED,
			"RETURNED SUBMIT", NeedStatus.SUBMITTED, "SUBMITTED WITHDRAW", NeedStatus.DRAFT, "SUBMITTED VALIDATE",
			NeedStatus.VALIDATED, "SUBMITTED RETURN", NeedStatus.RETURNED, "VALIDATED ADOPT", NeedStatus.ADOPTED);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Membership membership;

	@Autowired
	Frameworks frameworks;

	private NeedFixtures fixtures;

	private long cycle;

	@BeforeAll
	void prepare() throws Exception {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.cycle = this.fixtures.openCycle();
	}

	@TestFactory
	List<DynamicTest> allowsExactlyTheMovesOfTheWorkflowTable() {
		List<DynamicTest> tests = new ArrayList<>();
		for (NeedStatus state : NeedStatus.values()) {
			for (NeedAction action : NeedAction.values()) {
				for (Who who : Who.values()) {
					tests.add(DynamicTest.dynamicTest(state + " " + action + " by " + who,
							() -> check(state, action, who)));
				}
			}
		}
		return tests;
	}

	private void check(NeedStatus state, NeedAction action, Who who) throws Exception {
		long need = this.fixtures.draft(this.cycle, false);
		this.fixtures.bringTo(need, state);
		String key = state + " " + action;
		var result = this.fixtures.transition(need, action.name(), who, "A reason given in the test",
				"6th IISG Board, Sarajevo, 20 June 2022");
		if (!visible(state, who)) {
			result.andExpect(status().isNotFound());
		}
		else if (!ALLOWED.containsKey(key)) {
			result.andExpect(status().isConflict());
		}
		else if (ALLOWED.get(key).contains(who)) {
			result.andExpect(status().isOk()).andExpect(jsonPath("$.status").value(TARGET.get(key).name()));
			return;
		}
		else {
			result.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/v1/needs/" + need).with(this.fixtures.as(Who.SECRETARIAT)))
			.andExpect(jsonPath("$.status").value(state.name()));
	}

	private static boolean visible(NeedStatus state, Who who) {
		return switch (who) {
			case SECRETARIAT, BOARD, OWNER -> true;
			case OTHER_BENEFICIARY -> false;
			case PILLAR_LEAD, GROUP_MEMBER, OUTSIDER -> state != NeedStatus.DRAFT && state != NeedStatus.RETURNED;
		};
	}

}
