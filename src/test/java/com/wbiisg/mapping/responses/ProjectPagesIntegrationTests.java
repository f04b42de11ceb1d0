package com.wbiisg.mapping.responses;

import java.util.List;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.MemberCategory;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.needs.internal.CycleAdministration;
import com.wbiisg.mapping.responses.internal.ProjectQueries;
import com.wbiisg.mapping.responses.internal.ProjectRegistry;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The project pages through the real stack, as real accounts: Austria's focal point
 * registers a project with the form, meets its errors, adds a missing implementer, edits
 * with a stale version, and links the project to needs from its page; others are kept out
 * of what they may not change or see.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectPagesIntegrationTests {

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
	ProjectQueries queries;

	@Autowired
	ProjectRegistry registry;

	ResponsePageFixtures fx;

	PageCalls calls;

	@BeforeAll
	void accountsAndCycle() {
		this.fx = new ResponsePageFixtures(this.accounts, this.users, this.membership, this.frameworks, this.cycles);
		this.calls = new PageCalls(this.mvc);
	}

	@Test
	void aPartnerFocalPointRegistersAProjectThroughTheForm() throws Exception {
		Document blank = page(get("/projects/new"), this.fx.at, 200);
		assertThat(blank.select("#reporting-organisation").text()).isEqualTo("Austria");
		assertThat(blank.select("#reportingOrganisationId")).isEmpty();
		assertThat(blank.select("#currency").val()).isEqualTo("EUR");
		assertThat(blank.select("#publicListed").hasAttr("checked")).isTrue();
		assertThat(blank.select("label[for=partner-XK]").text()).isEqualTo("Kosovo*");
		assertThat(blank.select("input[name=pillars]").eachAttr("value")).contains("ANT", "PRE", "PRO", "RES");
		assertThat(blank.select("#funding-rows tbody tr")).hasSize(3);
		assertThat(blank.select("datalist#currency-codes option").eachAttr("value")).contains("EUR", "GBP", "USD");

		String title = this.fx.unique("Border police training, \"phase 2\"");
		MockHttpServletResponse response = perform(projectForm(post("/projects"), title), this.fx.at);
		long id = projectId(title);
		assertThat(response.getRedirectedUrl()).isEqualTo("/projects/" + id);
		ProjectView stored = ResponsePageFixtures.as(this.fx.at, () -> this.queries.get(id).project());
		assertThat(stored.reportingOrganisation()).isEqualTo("AT");
		assertThat(stored.withRole(OrganisationRole.FUNDING)).extracting(ProjectView.Participant::shortName)
			.containsExactly("AT");
		assertThat(stored.withRole(OrganisationRole.IMPLEMENTING)).extracting(ProjectView.Participant::shortName)
			.containsExactly("DCAF");
		assertThat(stored.partners()).containsExactly("BA", "RS");
		assertThat(stored.pillars()).containsExactly("PRE");
		assertThat(stored.budget().amount()).isEqualByComparingTo("250000");
		assertThat(stored.budget().currency()).isEqualTo("GBP");
		assertThat(stored.budget().amountEur()).isEqualByComparingTo("290000");
		assertThat(stored.funding())
			.extracting(ProjectView.Funding::stage, (line) -> line.amount().intValue(), ProjectView.Funding::year)
			.containsExactly(tuple(FundingStage.COMMITTED, 250000, 2021), tuple(FundingStage.DISBURSED, 100000, null));
		assertThat(stored.reportingYears()).containsExactly(2021, 2022);
		assertThat(stored.publicListed()).isTrue();

		Document shown = page(get("/projects/" + id), this.fx.board, 200);
		assertThat(shown.select("h1").text()).contains(title).contains("Implementation");
		assertThat(shown.select("#reported-by").text()).isEqualTo("Reported by Austria");
		assertThat(shown.select("#role-FUNDING").text()).isEqualTo("Austria (AT)");
		assertThat(shown.select("#role-IMPLEMENTING").text()).isEqualTo("DCAF Ljubljana (DCAF)");
		assertThat(shown.select("#project-partners").text()).isEqualTo("Bosnia and Herzegovina, Serbia");
		assertThat(shown.select("#project-budget").text()).contains("250,000.00 GBP").contains("EUR 290,000.00");
		assertThat(shown.select("#funding tbody tr")).hasSize(2);
		assertThat(shown.select("#project-years").text()).isEqualTo("2021, 2022");
		assertThat(shown.select("#edit-project")).isEmpty();
		assertThat(shown.select("#link-needs")).isEmpty();
		assertThat(page(get("/projects/" + id), this.fx.at, 200).select("#edit-project")).hasSize(1);

		Document ours = page(get("/projects").param("ours", "true"), this.fx.at, 200);
		assertThat(ours.select("#projects a[href=/projects/" + id + "]").text()).isEqualTo(title);
		assertThat(ours.select("#our-projects").hasClass("active")).isTrue();
		assertThat(page(get("/projects").param("ours", "true"), this.fx.si, 200).select("#project-" + id)).isEmpty();
		Document filtered = page(
				get("/projects").param("partner", "RS").param("funder", "AT").param("q", this.fx.suffix), this.fx.mk,
				200);
		assertThat(filtered.select("#project-" + id)).isEmpty();
		assertThat(page(get("/projects").param("partner", "RS").param("q", this.fx.suffix), this.fx.board, 200)
			.select("#project-" + id + " td")
			.eachText()).contains("Bosnia and Herzegovina, Serbia", "Implementation", "EUR 290,000");
	}

	@Test
	void theFormShowsEveryProblemNextToItsFieldWithA422AndStoresNothing() throws Exception {
		String title = this.fx.unique("Rejected project");
		MockHttpServletRequestBuilder request = post("/projects").param("title", title)
			.param("implementers", String.valueOf(this.fx.organisation("DCAF")))
			.param("partners", "BA")
			.param("initiatives", "WBCTi")
			.param("budgetAmount", "1000")
			.param("currency", "XYZ")
			.param("eurRate", "1.1")
			.param("plannedStart", "2022-06-01")
			.param("plannedEnd", "2021-06-01")
			.param("status", "PIPELINE")
			.param("publicListed", "true");
		Document refused = page(request, this.fx.at, 422);
		assertThat(refused.select(".alert-danger").text()).contains("Please correct the fields marked below.");
		assertThat(refused.select("#plannedEnd").hasClass("is-invalid")).isTrue();
		assertThat(refused.select("#plannedEnd").attr("aria-describedby")).isEqualTo("plannedEnd-error");
		assertThat(refused.select("#plannedEnd-error").text())
			.isEqualTo("The end date 2021-06-01 is before the start date 2022-06-01.");
		assertThat(refused.select("#currency-error").text()).startsWith("Unknown currency XYZ");
		assertThat(refused.select("#funders-error").text())
			.isEqualTo("Name at least one funding organisation (the donor).");
		assertThat(refused.select("#funders").hasClass("is-invalid")).isTrue();
		assertThat(refused.select("#title").val()).isEqualTo(title);
		assertThat(refused.select("#partner-BA").hasAttr("checked")).isTrue();
		assertThat(refused.select("#implementers option[selected]").text()).isEqualTo("DCAF Ljubljana");
		assertThat(projects(title)).isEmpty();

		Document unreadable = page(post("/projects").param("title", title)
			.param("budgetAmount", "a lot")
			.param("plannedStart", "next spring")
			.param("reportingYears", "2021, soon")
			.param("funding[0].stage", "PLEDGED")
			.param("funding[0].amount", "much"), this.fx.at, 422);
		assertThat(unreadable.select("#budgetAmount-error").text()).startsWith("Enter an amount such as 250000");
		assertThat(unreadable.select("#plannedStart-error").text()).startsWith("Enter a date as YYYY-MM-DD");
		assertThat(unreadable.select("#reportingYears-error").text()).startsWith("Enter reporting years");
		assertThat(unreadable.select("#funding-error").text()).startsWith("Enter an amount such as 250000");
		assertThat(unreadable.select("#funding-0-amount").val()).isEqualTo("much");
		assertThat(projects(title)).isEmpty();

		// Values no form sends are named too, not a server error.
		Document tampered = page(post("/projects").param("title", title)
			.param("funders", "Austria")
			.param("reportingOrganisationId", "x")
			.param("version", "y"), this.fx.at, 422);
		assertThat(tampered.select("#funders-error").text()).isEqualTo("Choose from the list.");
		assertThat(projects(title)).isEmpty();
	}

	@Test
	void anotherOrganisationsFocalPointMayNotEditTheProject() throws Exception {
		ProjectView project = this.fx.project(this.registry, this.fx.at, "AT", this.fx.unique("Austrian project"),
				List.of("BA"), true, 2021);
		assertThat(status(get("/projects/" + project.id() + "/edit"), this.fx.si)).isEqualTo(403);
		assertThat(status(projectForm(post("/projects/" + project.id()), "Taken over").param("version",
				String.valueOf(project.version())), this.fx.si))
			.isEqualTo(403);
		assertThat(status(get("/projects/" + project.id() + "/need-search"), this.fx.si)).isEqualTo(403);
		assertThat(status(get("/projects/new"), this.fx.board)).isEqualTo(403);
		assertThat(status(get("/projects/" + project.id() + "/edit"), this.fx.board)).isEqualTo(403);
		assertThat(ResponsePageFixtures.as(this.fx.at, () -> this.queries.get(project.id()).project().title()))
			.isEqualTo(project.title());
		// A beneficiary focal point sees only projects for its partner or the region.
		assertThat(status(get("/projects/" + project.id()), this.fx.mk)).isEqualTo(404);
		assertThat(status(get("/projects/" + project.id()), this.fx.ba)).isEqualTo(200);
	}

	@Test
	void aStaleVersionGetsA409WithTheNoticeAndTheCurrentValues() throws Exception {
		ProjectView project = this.fx.project(this.registry, this.fx.at, "AT", this.fx.unique("Edited twice"),
				List.of("BA"), true, 2021);
		Document form = page(get("/projects/" + project.id() + "/edit"), this.fx.at, 200);
		String version = form.select("input[name=version]").val();
		assertThat(form.select("#title").val()).isEqualTo(project.title());
		assertThat(form.select("#funders option[selected]").text()).isEqualTo("Austria");
		String theirs = this.fx.unique("Renamed by a colleague");
		assertThat(perform(projectForm(post("/projects/" + project.id()), theirs).param("version", version), this.fx.at)
			.getRedirectedUrl()).isEqualTo("/projects/" + project.id());
		String mine = this.fx.unique("My late rename");
		Document stale = page(projectForm(post("/projects/" + project.id()), mine).param("version", version),
				this.fx.at, 409);
		assertThat(stale.select("#stale-notice").text()).contains("Someone else saved this record")
			.contains("Your title: " + mine);
		assertThat(stale.select("#title").val()).isEqualTo(theirs);
		assertThat(stale.select("input[name=version]").val()).isNotEqualTo(version);
		assertThat(ResponsePageFixtures.as(this.fx.at, () -> this.queries.get(project.id()).project().title()))
			.isEqualTo(theirs);
	}

	@Test
	void theSmallFormAddsAMissingImplementerAndKeepsWhatWasTyped() throws Exception {
		String title = this.fx.unique("Project with a new implementer");
		String shortName = "HED" + this.fx.suffix.substring(0, 5).toUpperCase();
		Document added = page(projectForm(post("/projects"), title).param("addOrganisation", "1")
			.param("newOrganisationName", "Hedayah " + this.fx.suffix)
			.param("newOrganisationShortName", shortName)
			.param("newOrganisationType", "INTERNATIONAL_NGO"), this.fx.at, 200);
		Organisation organisation = this.membership.organisations()
			.stream()
			.filter((org) -> org.shortName().equals(shortName))
			.findFirst()
			.orElseThrow();
		assertThat(organisation.category()).isEqualTo(MemberCategory.NON_MEMBER);
		assertThat(added.select("#organisation-added").text()).startsWith("Hedayah " + this.fx.suffix + " was added");
		assertThat(added.select("#implementers option[selected]").eachAttr("value"))
			.containsExactlyInAnyOrder(String.valueOf(this.fx.organisation("DCAF")), String.valueOf(organisation.id()));
		assertThat(added.select("#title").val()).isEqualTo(title);
		assertThat(added.select("#budgetAmount").val()).isEqualTo("250,000");
		assertThat(added.select("#funding-0-amount").val()).isEqualTo("250000");
		assertThat(added.select("#partner-RS").hasAttr("checked")).isTrue();
		assertThat(added.select("#newOrganisationName").val()).isEmpty();
		assertThat(projects(title)).isEmpty();

		Document taken = page(projectForm(post("/projects"), title).param("addOrganisation", "1")
			.param("newOrganisationName", "Austria again")
			.param("newOrganisationShortName", "AT"), this.fx.at, 422);
		assertThat(taken.select("#newOrganisationShortName-error").text())
			.isEqualTo("The short name AT is already used.");
		assertThat(taken.select("#newOrganisationType-error").text()).isEqualTo("Choose the IATI organisation type.");
		assertThat(taken.select("#add-organisation").hasAttr("open")).isTrue();
		assertThat(taken.select("#title").val()).isEqualTo(title);
		assertThat(projects(title)).isEmpty();

		perform(formOf(added, post("/projects")), this.fx.at);
		ProjectView saved = ResponsePageFixtures.as(this.fx.at, () -> this.queries.get(projectId(title)).project());
		assertThat(saved.withRole(OrganisationRole.IMPLEMENTING)).extracting(ProjectView.Participant::shortName)
			.containsExactlyInAnyOrder("DCAF", shortName);
	}

	private MockHttpServletRequestBuilder projectForm(MockHttpServletRequestBuilder request, String title) {
		return request.param("title", title)
			.param("description", "Training of border police officers in risk analysis.")
			.param("funders", String.valueOf(this.fx.organisation("AT")))
			.param("implementers", String.valueOf(this.fx.organisation("DCAF")))
			.param("partners", "BA", "RS")
			.param("initiatives", "WBCTi")
			.param("pillars", "PRE")
			.param("budgetAmount", "250,000")
			.param("currency", "gbp")
			.param("eurRate", "1.16")
			.param("funding[0].stage", "COMMITTED")
			.param("funding[0].amount", "250000")
			.param("funding[0].year", "2021")
			.param("funding[1].stage", "DISBURSED")
			.param("funding[1].amount", "100000")
			.param("funding[1].year", "")
			.param("funding[2].stage", "")
			.param("funding[2].amount", "")
			.param("funding[2].year", "")
			.param("plannedStart", "2021-01-01")
			.param("plannedEnd", "2022-12-31")
			.param("status", "IMPLEMENTATION")
			.param("reportingYears", "2021, 2022")
			.param("publicListed", "true");
	}

	/**
	 * The request that submitting the page's project form as it is would send.
	 */
	private static MockHttpServletRequestBuilder formOf(Document page, MockHttpServletRequestBuilder request) {
		Element form = page.selectFirst("#project-form");
		for (Element field : form.select("input[name], select[name], textarea[name]")) {
			String name = field.attr("name");
			if (field.is("input[type=checkbox]") && !field.hasAttr("checked")) {
				continue;
			}
			if (field.is("select")) {
				field.select("option[selected]").forEach((option) -> request.param(name, option.attr("value")));
			}
			else if (!name.equals("_csrf")) {
				request.param(name, field.is("textarea") ? field.text() : field.val());
			}
		}
		return request;
	}

	private long projectId(String title) {
		return projects(title).get(0).id();
	}

	private List<ProjectView> projects(String title) {
		return ResponsePageFixtures
			.as(this.fx.secretariat,
					() -> this.queries.search(new ProjectFilter(null, null, null, null, null, null, null, null, title),
							0, 10))
			.getContent()
			.stream()
			.filter((project) -> project.title().equals(title))
			.toList();
	}

	private Document page(MockHttpServletRequestBuilder request, UserDetails as, int status) throws Exception {
		return this.calls.page(request, as, status);
	}

	private int status(MockHttpServletRequestBuilder request, UserDetails as) throws Exception {
		return this.calls.status(request, as);
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, UserDetails as) throws Exception {
		return this.calls.perform(request, as);
	}

}
