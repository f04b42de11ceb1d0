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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A need's way through the pages: entered and submitted by its focal point, returned with
 * a reason by a pillar lead, changed and resubmitted, validated, and adopted in bulk by
 * the Secretariat, with its history on the need page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedPagesWorkflowIntegrationTests {

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
	void aNeedIsSubmittedReturnedChangedResubmittedValidatedAndAdopted() throws Exception {
		String cycle = String.valueOf(this.fx.cycle.id());
		String title = this.fx.unique("Prison intelligence unit");
		String other = this.fx.unique("Border risk analysis");
		enter(title, this.fx.measures.get(0));
		enter(other, this.fx.measures.get(1));
		long id = this.fx.needId(this.queries, title);
		long otherId = this.fx.needId(this.queries, other);

		this.mvc
			.perform(post("/needs/ours/submissions").param("cycle", cycle)
				.param("partner", "RS")
				.with(user(this.fx.mk))
				.with(csrf()))
			.andExpect(redirectedUrl("/needs/ours?cycle=" + cycle + "&partner=MK"))
			.andExpect(flash().attribute("submitted", 2));
		assertThat(statusOf(id)).isEqualTo(NeedStatus.SUBMITTED);
		assertThat(statusOf(otherId)).isEqualTo(NeedStatus.SUBMITTED);

		this.mvc.perform(get("/needs/review").param("cycle", cycle).with(user(this.fx.si)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(title), containsString(other),
					containsString(this.fx.measures.get(0)), containsString("value=\"VALIDATE\""),
					containsString("value=\"RETURN\""), not(containsString("adoption-form")))));
		this.mvc
			.perform(post("/needs/" + id + "/transitions").param("action", "RETURN")
				.param("reason", " ")
				.with(user(this.fx.si))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("Say why the need is returned"),
					containsString("aria-describedby=\"reason-help reason-error\""), containsString("is-invalid"))));
		assertThat(statusOf(id)).isEqualTo(NeedStatus.SUBMITTED);
		String queue = "/needs/review?partner=&pillar=&objective=&status=SUBMITTED";
		this.mvc
			.perform(post("/needs/" + id + "/transitions").param("action", "RETURN")
				.param("reason", "Name the institution and add a cost estimate.")
				.param("returnTo", queue)
				.with(user(this.fx.si))
				.with(csrf()))
			.andExpect(redirectedUrl(queue));
		this.mvc
			.perform(post("/needs/" + otherId + "/transitions").param("action", "VALIDATE")
				.param("returnTo", "https://elsewhere.example/")
				.with(user(this.fx.si))
				.with(csrf()))
			.andExpect(redirectedUrl("/needs/" + otherId));

		this.mvc.perform(get("/needs/" + id).with(user(this.fx.mk)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"return-reason\""),
					containsString("Name the institution and add a cost estimate."), containsString("edit-need"))));
		long version = this.fx.need(this.queries, id).version();
		this.mvc.perform(get("/needs/" + id + "/edit").with(user(this.fx.mk)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"version\" value=\"" + version + "\""),
					containsString("value=\"" + title + "\""))));
		edit(id, version, title + " (revised)", "120000").andExpect(redirectedUrl("/needs/" + id));
		edit(id, version, title + " (my stale change)", "99").andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("stale-notice"), containsString(title + " (revised)"),
					containsString(title + " (my stale change)"))));
		assertThat(this.fx.need(this.queries, id).title()).isEqualTo(title + " (revised)");
		this.mvc
			.perform(
					post("/needs/" + id + "/transitions").param("action", "SUBMIT").with(user(this.fx.mk)).with(csrf()))
			.andExpect(redirectedUrl("/needs/" + id));
		this.mvc.perform(get("/needs/" + id + "/edit").with(user(this.fx.mk))).andExpect(status().isConflict());
		this.mvc.perform(
				post("/needs/" + id + "/transitions").param("action", "VALIDATE").with(user(this.fx.si)).with(csrf()))
			.andExpect(redirectedUrl("/needs/" + id));
		assertThat(statusOf(id)).isEqualTo(NeedStatus.VALIDATED);

		this.mvc.perform(
				get("/needs/review").param("status", "VALIDATED").param("cycle", cycle).with(user(this.fx.secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("adoption-form"),
					containsString("id=\"adopt-" + id + "\""), containsString("id=\"adopt-" + otherId + "\""))));
		this.mvc
			.perform(post("/needs/adoptions").param("ids", String.valueOf(id), String.valueOf(otherId))
				.param("decision", "")
				.with(user(this.fx.secretariat))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Name the adopting decision")));
		assertThat(statusOf(id)).isEqualTo(NeedStatus.VALIDATED);
		this.mvc
			.perform(post("/needs/adoptions").param("ids", String.valueOf(id), String.valueOf(otherId))
				.param("decision", "7th IISG Board, Tirana")
				.with(user(this.fx.si))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/needs/adoptions").param("ids", String.valueOf(id), String.valueOf(otherId))
				.param("decision", "7th IISG Board, Tirana")
				.with(user(this.fx.secretariat))
				.with(csrf()))
			.andExpect(redirectedUrl("/needs/review?status=ADOPTED"))
			.andExpect(flash().attribute("adopted", 2));
		assertThat(statusOf(id)).isEqualTo(NeedStatus.ADOPTED);
		assertThat(statusOf(otherId)).isEqualTo(NeedStatus.ADOPTED);

		this.mvc.perform(get("/needs/" + id).with(user(this.fx.mk)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("adoption-decision"),
					containsString("7th IISG Board, Tirana"), containsString("Created"), containsString(">Submit<"),
					containsString(">Return<"), containsString(">Validate<"), containsString(">Adopt<"),
					containsString("Name the institution and add a cost estimate."), containsString("When (UTC)"),
					containsString(this.fx.si.getUsername()), containsString(this.fx.secretariat.getUsername()),
					not(containsString("edit-need")))));
		this.mvc.perform(get("/cycles").with(user(this.fx.board)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("progress-" + this.fx.cycle.id() + "-MK")));
	}

	private void enter(String title, String measure) throws Exception {
		this.mvc
			.perform(post("/needs").with(user(this.fx.mk))
				.with(csrf())
				.param("cycleId", String.valueOf(this.fx.cycle.id()))
				.param("measureCode", measure)
				.param("title", title)
				.param("type", "OPERATIONAL")
				.param("perspective", "PREVENTION")
				.param("priority", "HIGH"))
			.andExpect(status().is3xxRedirection());
	}

	private ResultActions edit(long id, long version, String title, String cost) throws Exception {
		UserDetails mk = this.fx.mk;
		return this.mvc.perform(post("/needs/" + id).with(user(mk))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("title", title)
			.param("type", "OPERATIONAL")
			.param("perspective", "PREVENTION")
			.param("priority", "HIGH")
			.param("institution", "Directorate for Execution of Sanctions")
			.param("estimatedCostEur", cost));
	}

	private NeedStatus statusOf(long id) {
		return this.fx.need(this.queries, id).status();
	}

}
