package com.wbiisg.mapping.responses;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.internal.CycleAdministration;
import com.wbiisg.mapping.responses.internal.ProjectRegistry;
import com.wbiisg.mapping.responses.internal.ResponseRounds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static com.wbiisg.mapping.support.FullSignIn.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The annual response mapping round through the pages: the Secretariat opens a round, a
 * partner focal point confirms its organisation's portfolio on "Our portfolio", and the
 * round's page shows who has confirmed, by whom and when; the Board reads it, partners
 * may not.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseRoundPagesIntegrationTests {

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
	ProjectRegistry registry;

	@Autowired
	ResponseRounds rounds;

	ResponsePageFixtures fx;

	int year;

	@BeforeAll
	void accountsAndAFreeYear() {
		this.fx = new ResponsePageFixtures(this.accounts, this.users, this.membership, this.frameworks, this.cycles);
		// The test context is shared; other classes open rounds of their own years.
		this.year = 2099;
		while (this.rounds.find(this.year).isPresent()) {
			this.year--;
		}
	}

	@Test
	void aPartnerConfirmsItsPortfolioAndTheSecretariatSeesWhoHasConfirmed() throws Exception {
		String y = String.valueOf(this.year);
		Document refused = page(post("/responses/rounds").param("year", "next year"), this.fx.secretariat, 422);
		assertThat(refused.select("#open-year-error").text()).isEqualTo("Give the reporting year, such as 2021.");
		assertThat(perform(post("/responses/rounds").param("year", y), this.fx.secretariat).getRedirectedUrl())
			.isEqualTo("/responses/rounds/" + this.year);
		Document list = page(get("/responses/rounds"), this.fx.secretariat, 200);
		assertThat(list.select("#round-" + y).text()).contains(y).contains("Open").contains("0 of ");

		ProjectView project = this.fx.project(this.registry, this.fx.at, "AT", this.fx.unique("Portfolio project"),
				List.of("BA"), true, this.year);
		Document portfolio = page(get("/projects/portfolio").param("year", y), this.fx.at, 200);
		assertThat(portfolio.select("h1").text()).isEqualTo("Our portfolio · Austria · " + y);
		assertThat(portfolio.select("#projects a[href=/projects/" + project.id() + "]").text())
			.isEqualTo(project.title());
		assertThat(portfolio.select("#not-confirmed").text()).contains("not confirmed yet");
		assertThat(portfolio.select("#confirm-form button").text()).isEqualTo("Confirm our portfolio for " + y);

		assertThat(perform(post("/projects/portfolio/confirmation").param("year", y)
			.param("note", "Complete as of the SG meeting"), this.fx.at).getRedirectedUrl())
			.isEqualTo("/projects/portfolio?year=" + y);
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		Document confirmed = page(get("/projects/portfolio").param("year", y), this.fx.at, 200);
		assertThat(confirmed.select("#our-confirmation").text()).contains("Confirmed by " + this.fx.at.getUsername())
			.contains(today)
			.contains("1 project")
			.contains("Complete as of the SG meeting");
		assertThat(confirmed.select("#not-confirmed")).isEmpty();

		long austria = this.fx.organisation("AT");
		long slovenia = this.fx.organisation("SI");
		Document round = page(get("/responses/rounds/" + y), this.fx.secretariat, 200);
		assertThat(round.select("#member-" + austria + " td").eachText()).containsSequence("1", "Yes",
				this.fx.at.getUsername());
		assertThat(round.select("#member-" + austria).text()).contains(today).contains("Complete as of the SG meeting");
		assertThat(round.select("#member-" + slovenia + " td").eachText()).containsSequence("0", "No", "—");
		assertThat(round.select("#round-counts").text()).startsWith("1 of ");
		assertThat(round.select("#member-" + slovenia + " form button").text()).isEqualTo("Confirm on its behalf");

		assertThat(perform(
				post("/responses/rounds/" + y + "/confirmations").param("organisationId", String.valueOf(slovenia))
					.param("note", "Confirmed by phone"),
				this.fx.secretariat)
			.getRedirectedUrl()).isEqualTo("/responses/rounds/" + y + "#member-" + slovenia);
		Document onBehalf = page(get("/responses/rounds/" + y), this.fx.board, 200);
		assertThat(onBehalf.select("#member-" + slovenia + " td").eachText()).containsSequence("0", "Yes",
				this.fx.secretariat.getUsername());
		assertThat(onBehalf.select("#members form")).isEmpty();
		assertThat(onBehalf.select("#round-counts").text()).startsWith("2 of ");
		assertThat(page(get("/responses/rounds"), this.fx.board, 200).select("#open-round-form")).isEmpty();
	}

	@Test
	void partnersMayNotReadTheRoundsAndAClosedRoundTakesNoConfirmation() throws Exception {
		int closedYear = this.year - 1;
		while (this.rounds.find(closedYear).isPresent()) {
			closedYear--;
		}
		String y = String.valueOf(closedYear);
		perform(post("/responses/rounds").param("year", y), this.fx.secretariat);
		assertThat(perform(get("/responses/rounds/" + y), this.fx.at).getStatus()).isEqualTo(403);
		assertThat(perform(get("/responses/rounds"), this.fx.at).getStatus()).isEqualTo(403);
		assertThat(perform(post("/responses/rounds/" + y + "/close"), this.fx.board).getStatus()).isEqualTo(403);
		assertThat(perform(get("/projects/portfolio"), this.fx.board).getStatus()).isEqualTo(403);
		assertThat(perform(post("/responses/rounds/" + y + "/close"), this.fx.secretariat).getRedirectedUrl())
			.isEqualTo("/responses/rounds#round-" + y);
		Document closed = page(get("/projects/portfolio").param("year", y), this.fx.si, 200);
		assertThat(closed.select("#round-closed").text())
			.isEqualTo("The response mapping round for " + y + " is closed.");
		assertThat(closed.select("#confirm-form")).isEmpty();
		assertThat(perform(post("/projects/portfolio/confirmation").param("year", y), this.fx.si).getStatus())
			.isEqualTo(409);
		assertThat(perform(post("/responses/rounds/" + y + "/reopen"), this.fx.secretariat).getRedirectedUrl())
			.isEqualTo("/responses/rounds#round-" + y);
		assertThat(page(get("/projects/portfolio").param("year", y), this.fx.si, 200).select("#confirm-form"))
			.hasSize(1);
	}

	private Document page(MockHttpServletRequestBuilder request, UserDetails as, int status) throws Exception {
		MockHttpServletResponse response = perform(request, as);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		return Jsoup.parse(response.getContentAsString());
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, UserDetails as) throws Exception {
		return this.mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
	}

}
