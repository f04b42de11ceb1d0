package com.wbiisg.mapping.needs;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.internal.CycleAdministration;
import com.wbiisg.mapping.needs.internal.NeedQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static com.wbiisg.mapping.support.FullSignIn.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The needs pages through the real stack, as real accounts: cycles, a partner's template
 * and its form, the list, and who is kept out. The workflow through the pages is in
 * {@link NeedPagesWorkflowIntegrationTests}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	Membership membership;

	@Autowired
	Frameworks frameworks;

	@Autowired
	CycleAdministration cycles;

	@Autowired
	NeedQueries queries;

	NeedPageFixtures fx;

	@BeforeAll
	void accountsAndCycle() {
		this.fx = new NeedPageFixtures(this.accounts, this.users, this.membership, this.frameworks, this.cycles);
	}

	@Test
	void theSecretariatOpensClosesAndReopensACycleThroughThePage() throws Exception {
		String name = this.fx.unique("Opened by form");
		this.mvc.perform(get("/cycles").with(user(this.fx.secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("open-cycle-form"), containsString("WBCTi 2021"),
					containsString(this.fx.cycle.name()))));
		this.mvc
			.perform(post("/cycles").with(user(this.fx.secretariat))
				.with(csrf())
				.param("frameworkId", String.valueOf(this.fx.draftFramework))
				.param("name", name)
				.param("opensOn", "2032-06-01")
				.param("closesOn", "2032-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content()
				.string(allOf(containsString("is not adopted"), containsString("The cycle closes after it opens."),
						containsString("is-invalid"), containsString("aria-describedby=\"closesOn-error\""))));
		assertThat(this.cycles.list()).noneMatch((cycle) -> cycle.name().equals(name));
		this.mvc
			.perform(post("/cycles").with(user(this.fx.secretariat))
				.with(csrf())
				.param("frameworkId", String.valueOf(this.fx.adoptedWbcti))
				.param("name", name)
				.param("opensOn", "2032-01-01")
				.param("closesOn", "2032-06-01"))
			.andExpect(redirectedUrlPattern("/cycles#cycle-*"));
		CycleView opened = this.cycles.list().stream().filter((c) -> c.name().equals(name)).findFirst().orElseThrow();
		assertThat(opened.status()).isEqualTo(CycleStatus.OPEN);
		this.mvc.perform(post("/cycles/" + opened.id() + "/close").with(user(this.fx.secretariat)).with(csrf()))
			.andExpect(redirectedUrl("/cycles#cycle-" + opened.id()));
		assertThat(this.cycles.get(opened.id()).status()).isEqualTo(CycleStatus.CLOSED);
		this.mvc.perform(post("/cycles/" + opened.id() + "/reopen").with(user(this.fx.secretariat)).with(csrf()))
			.andExpect(redirectedUrl("/cycles#cycle-" + opened.id()));
		assertThat(this.cycles.get(opened.id()).status()).isEqualTo(CycleStatus.OPEN);
		this.mvc.perform(get("/cycles").with(user(this.fx.mk)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(name), not(containsString("open-cycle-form")))));
		this.mvc.perform(post("/cycles/" + opened.id() + "/close").with(user(this.fx.mk)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFocalPointSeesItsTemplateWithCodesAndProgressAndAddsANeed() throws Exception {
		CycleView own = this.fx.openCycle(this.cycles, "Template");
		String cycle = String.valueOf(own.id());
		String measure = this.fx.measures.get(0);
		int measureCount = this.fx.measures.size();
		this.mvc.perform(get("/needs/ours").param("cycle", cycle).with(user(this.fx.mk)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("North Macedonia"), containsString(measure),
					containsString("id=\"measure-" + measure + "\""),
					containsString("0 of " + measureCount + " measures"),
					containsString("/needs/new?cycle=" + cycle + "&amp;measure=" + measure), containsString("hx-get"),
					not(containsString("submit-all-form")))));
		this.mvc
			.perform(get("/needs/new").param("cycle", cycle)
				.param("measure", measure)
				.header("HX-Request", "true")
				.with(user(this.fx.mk)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("action=\"/needs\""), containsString("JAP5"),
					containsString("NATIONAL_STRATEGY"), not(containsString("<html")))));
		postNeed(this.fx.mk, own, measure, "", "-5").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("This field is required."),
					containsString("The cost is an amount in EUR from 0 to under 1 trillion."),
					containsString("aria-describedby=\"estimatedCostEur-help estimatedCostEur-error\""))));
		postNeed(this.fx.mk, own, measure, "", "a lot").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Enter an amount such as 250000")));
		String title = this.fx.unique("Template need");
		postNeed(this.fx.mk, own, measure, title, "250000")
			.andExpect(redirectedUrl("/needs/ours?cycle=" + cycle + "&partner=MK#measure-" + measure));
		NeedView need = this.fx.need(this.queries, this.fx.needId(this.queries, own, title));
		assertThat(need.partner()).isEqualTo("MK");
		assertThat(need.references()).containsExactly("JAP2", "ACQUIS", "National CT strategy 2021");
		this.mvc.perform(get("/needs/ours").param("cycle", cycle).with(user(this.fx.mk)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString(title), containsString("1 of " + measureCount + " measures"),
							containsString("submit-all-form"), containsString("id=\"count-DRAFT\">1<"))));
		this.mvc.perform(get("/needs/" + need.id()).with(user(this.fx.mk)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(title), containsString("EUR 250,000.00"),
					containsString("id=\"comments\""), containsString("edit-need"), containsString("action-SUBMIT"))));
	}

	@Test
	void theSecretariatOpensTheTemplateOfAnyPartnerAndEntersRegionalNeeds() throws Exception {
		String cycle = String.valueOf(this.fx.cycle.id());
		this.mvc
			.perform(get("/needs/ours").param("cycle", cycle).param("partner", "REG").with(user(this.fx.secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Needs of Regional"), containsString("partner-choice"))));
		String title = this.fx.unique("Regional need");
		this.mvc
			.perform(post("/needs").with(user(this.fx.secretariat))
				.with(csrf())
				.param("cycleId", cycle)
				.param("measureCode", this.fx.measures.get(1))
				.param("partner", "REG")
				.param("title", title)
				.param("type", "INSTITUTIONAL")
				.param("perspective", "RESPONSE")
				.param("priority", "MEDIUM"))
			.andExpect(redirectedUrl("/needs/ours?cycle=" + cycle + "&partner=REG#measure-" + this.fx.measures.get(1)));
		assertThat(this.fx.need(this.queries, this.fx.needId(this.queries, title)).partner()).isEqualTo("REG");
		// A focal point always enters for its own partner, whatever the form says.
		String own = this.fx.unique("Own need");
		this.mvc
			.perform(post("/needs").with(user(this.fx.mk))
				.with(csrf())
				.param("cycleId", cycle)
				.param("measureCode", this.fx.measures.get(1))
				.param("partner", "REG")
				.param("title", own)
				.param("type", "LEGISLATIVE")
				.param("perspective", "PREVENTION")
				.param("priority", "LOW"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fx.need(this.queries, this.fx.needId(this.queries, own)).partner()).isEqualTo("MK");
	}

	@Test
	void otherPartnersObserversAndNonLeadsAreKeptOut() throws Exception {
		String title = this.fx.unique("Private draft");
		postNeed(this.fx.mk, this.fx.measures.get(2), title, "").andExpect(status().is3xxRedirection());
		long id = this.fx.needId(this.queries, title);
		this.mvc.perform(get("/needs/" + id).with(user(this.fx.ba))).andExpect(status().isNotFound());
		this.mvc.perform(get("/needs/" + id + "/edit").with(user(this.fx.ba))).andExpect(status().isNotFound());
		this.mvc.perform(get("/needs/" + id).with(user(this.fx.si))).andExpect(status().isNotFound());
		this.mvc.perform(get("/needs").with(user(this.fx.observer))).andExpect(status().isForbidden());
		this.mvc.perform(get("/needs/ours").with(user(this.fx.si))).andExpect(status().isForbidden());
		this.mvc.perform(
				post("/needs/" + id + "/transitions").param("action", "SUBMIT").with(user(this.fx.board)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/needs/review").with(user(this.fx.nonLead)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("not-reviewer"), not(containsString("review-queue")))));
		this.mvc.perform(get("/needs/ours").param("cycle", String.valueOf(this.fx.cycle.id())).with(user(this.fx.ba)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bosnia and Herzegovina"), not(containsString(title)))));
	}

	@Test
	void theListShowsEachMemberOnlyWhatItMaySee() throws Exception {
		String title = this.fx.unique("Listed draft");
		postNeed(this.fx.mk, this.fx.measures.get(0), title, "1000").andExpect(status().is3xxRedirection());
		String cycle = String.valueOf(this.fx.cycle.id());
		this.mvc.perform(get("/needs").param("cycle", cycle).param("q", title).with(user(this.fx.mk)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">" + title + "</a>"), containsString(">1 need<"))));
		this.mvc.perform(get("/needs").param("cycle", cycle).param("q", title).with(user(this.fx.si)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString(">" + title + "</a>")), containsString("no-needs"))));
		this.mvc.perform(get("/needs").param("cycle", cycle).param("status", "DRAFT").with(user(this.fx.board)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + title + "</a>")));
	}

	private ResultActions postNeed(UserDetails as, String measure, String title, String cost) throws Exception {
		return postNeed(as, this.fx.cycle, measure, title, cost);
	}

	private ResultActions postNeed(UserDetails as, CycleView cycle, String measure, String title, String cost)
			throws Exception {
		return this.mvc.perform(post("/needs").with(user(as))
			.with(csrf())
			.param("cycleId", String.valueOf(cycle.id()))
			.param("measureCode", measure)
			.param("partner", "MK")
			.param("title", title)
			.param("type", "OPERATIONAL")
			.param("perspective", "PREVENTION")
			.param("priority", "HIGH")
			.param("institution", "Ministry of Interior")
			.param("estimatedCostEur", cost)
			.param("timeframe", "SHORT")
			.param("references", "JAP2", "ACQUIS")
			.param("_references", "on")
			.param("otherReference", "National CT strategy 2021")
			.param("_restricted", "on"));
	}

}
