package com.wbiisg.mapping.responses;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Projects and their links through the API: the shape of API.md, who may enter and change
 * what, the checks of a project's content, and the link rules (visible, submitted needs
 * of a benefited partner, once each, shares up to 100%).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectApiIntegrationTests {

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

	private NeedFixtures needs;

	private ProjectFixtures projects;

	private long cycle;

	@BeforeAll
	void prepare() throws Exception {
		this.needs = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.projects = new ProjectFixtures(this.mvc, this.needs, this.membership);
		this.cycle = this.needs.openCycle();
	}

	@Test
	void registersAProjectOfItsOwnOrganisationInTheShapeOfTheApi() throws Exception {
		this.projects.register(Who.GROUP_MEMBER, this.projects.body("Referral mechanism support", "RS", "BA"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.title").value("Referral mechanism support"))
			.andExpect(jsonPath("$.reportingOrganisationId").value(this.projects.organisation("IT")))
			.andExpect(jsonPath("$.organisations[0].role").value("FUNDING"))
			.andExpect(jsonPath("$.organisations[1].role").value("IMPLEMENTING"))
			.andExpect(jsonPath("$.organisations[1].shortName").value("DCAF"))
			.andExpect(jsonPath("$.partners").value(contains("BA", "RS")))
			.andExpect(jsonPath("$.initiatives").value(contains("WBCTi")))
			.andExpect(jsonPath("$.pillars").value(contains("PRE")))
			.andExpect(jsonPath("$.budget.currency").value("GBP"))
			.andExpect(jsonPath("$.budget.amountEur").value(1160000.0))
			.andExpect(jsonPath("$.funding[0].stage").value("COMMITTED"))
			.andExpect(jsonPath("$.status").value("IMPLEMENTATION"))
			.andExpect(jsonPath("$.reportingYears").value(contains(2021, 2022)))
			.andExpect(jsonPath("$.public").value(true))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void refusesAnInvalidProjectNamingEveryFieldAndStoresNothing() throws Exception {
		long before = total();
		String body = """
				{"title": " ", "iatiIdentifier": "XM DAC 1",
				 "organisations": [{"organisationId": 999999, "role": "implementing"}],
				 "partners": ["FR"], "initiatives": ["WBXX"], "pillars": ["ZZZ"],
				 "budget": {"amount": -5, "currency": "XYZ"},
				 "funding": [{"stage": "committed", "amount": -1}],
				 "plannedStart": "2022-01-01", "plannedEnd": "2021-01-01",
				 "actualStart": "2022-01-01", "actualEnd": "2021-12-31", "status": "implementation"}""";
		String json = this.projects.register(Who.GROUP_MEMBER, body)
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> fields = JsonPath.read(json, "$.errors[*].field");
		assertThat(fields).contains("title", "iatiIdentifier", "organisations", "partners", "initiatives",
				"budget.amount", "budget.currency", "funding", "plannedEnd", "actualEnd");
		assertThat(json).contains("There is no organisation 999999").contains("Name at least one funding organisation");
		assertThat(total()).isEqualTo(before);
	}

	@Test
	void namesTheUnreadableFieldsOfAProjectInTheOrderTheyAreRead() throws Exception {
		String body = """
				{"title": "Unreadable", "organisations": [{"organisationId": 1, "role": "donor"},
				 {"organisationId": 2, "role": "implementing"}, {"organisationId": 3, "role": "sponsor"}],
				 "funding": [{"stage": "maybe", "amount": 5}], "plannedStart": "spring", "actualEnd": "2021-02-30",
				 "status": "soon"}""";
		this.projects.register(Who.GROUP_MEMBER, body)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field")
				.value(contains("organisations", "organisations", "funding", "status", "plannedStart", "actualEnd")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Unknown value donor")))
			.andExpect(jsonPath("$.errors[1].message").value(containsString("Unknown value sponsor")));
	}

	@Test
	void checksTheTextFieldsOfAProjectFirst() throws Exception {
		String body = this.projects.body("Long texts", "MK")
			.replace("\"title\": \"Long texts\", \"description\": \"Mentoring and training.\"",
					"\"title\": \"  \", \"description\": \"%s\", \"iatiIdentifier\": \"%s\"".formatted("d".repeat(4001),
							"I".repeat(151)));
		this.projects.register(Who.GROUP_MEMBER, body)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value("This field is required."))
			.andExpect(jsonPath("$.errors[1].field").value("description"))
			.andExpect(jsonPath("$.errors[1].message").value("At most 4000 characters."))
			.andExpect(jsonPath("$.errors[2].field").value("iatiIdentifier"))
			.andExpect(jsonPath("$.errors[2].message").value("At most 150 characters."));
	}

	@Test
	void asksForTheRateOfABudgetInAnotherCurrency() throws Exception {
		String body = this.projects.body("No rate", "MK").replace(", \"eurRate\": 1.16", "");
		this.projects.register(Who.GROUP_MEMBER, body)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("budget.eurRate"));
	}

	@Test
	void refusesAnIatiIdentifierThatAnotherProjectHas() throws Exception {
		String identifier = "XM-DAC-5-" + UUID.randomUUID();
		String first = this.projects.body("First", "MK")
			.replace("\"description\"", "\"iatiIdentifier\": \"" + identifier + "\", \"description\"");
		this.projects.register(Who.GROUP_MEMBER, first).andExpect(status().isCreated());
		this.projects.register(Who.SECRETARIAT, first.replace(identifier, identifier.toLowerCase()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("iatiIdentifier"))
			.andExpect(jsonPath("$.detail", containsString("already used")));
	}

	@Test
	void refusesAPartnerFocalPointEnteringAProjectForAnotherOrganisation() throws Exception {
		String body = this.projects.body("Someone else's", "MK")
			.replace("\"description\"",
					"\"reportingOrganisationId\": " + this.projects.organisation("UK") + ", \"description\"");
		this.projects.register(Who.GROUP_MEMBER, body).andExpect(status().isForbidden());
		this.projects.register(Who.OWNER, this.projects.body("A beneficiary's", "MK"))
			.andExpect(status().isForbidden());
		this.projects.register(Who.SECRETARIAT, body)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reportingOrganisationId").value(this.projects.organisation("UK")));
	}

	@Test
	void letsOnlyTheReportingOrganisationAndTheSecretariatChangeAProject() throws Exception {
		long project = this.projects.project("Change me", "MK");
		String change = this.projects.body("Changed by Italy", "MK").replaceFirst("}$", ", \"version\": 0}");
		for (Who refused : List.of(Who.OUTSIDER, Who.PILLAR_LEAD, Who.OWNER, Who.BOARD)) {
			this.mvc
				.perform(put("/api/v1/projects/" + project).with(this.needs.as(refused))
					.contentType(MediaType.APPLICATION_JSON)
					.content(change))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(put("/api/v1/projects/" + project).with(this.needs.as(Who.GROUP_MEMBER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(change))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Changed by Italy"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put("/api/v1/projects/" + project).with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.header("If-Match", "1")
				.content(change.replace(", \"version\": 0", "")
					.replace("Changed by Italy", "Changed by the Secretariat")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reportingOrganisationId").value(this.projects.organisation("IT")));
	}

	@Test
	void answersAStaleVersionWithAConflictAndKeepsTheFirstChange() throws Exception {
		long project = this.projects.project("Twice edited", "MK");
		String first = this.projects.body("First edit wins", "MK").replaceFirst("}$", ", \"version\": 0}");
		String second = first.replace("First edit wins", "Second edit loses");
		this.mvc
			.perform(put("/api/v1/projects/" + project).with(this.needs.as(Who.GROUP_MEMBER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(first))
			.andExpect(status().isOk());
		this.mvc
			.perform(put("/api/v1/projects/" + project).with(this.needs.as(Who.SECRETARIAT))
				.contentType(MediaType.APPLICATION_JSON)
				.content(second))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/v1/projects/" + project).with(this.needs.as(Who.BOARD)))
			.andExpect(jsonPath("$.title").value("First edit wins"));
	}

	@Test
	void linksNeedsWithSharesThatAddUpToAtMostAHundredPercent() throws Exception {
		long project = this.projects.project("Shares", "MK");
		long first = this.projects.submittedNeed(this.cycle, "MK", false);
		long second = this.projects.submittedNeed(this.cycle, "MK", false);
		long third = this.projects.submittedNeed(this.cycle, "MK", false);
		this.projects.link(Who.GROUP_MEMBER, project, first, "full", "60")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.needId").value(first))
			.andExpect(jsonPath("$.coverage").value("FULL"))
			.andExpect(jsonPath("$.sharePercent").value(60));
		this.projects.link(Who.GROUP_MEMBER, project, second, "partial", "null")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.effectiveSharePercent").value(40.0));
		this.projects.link(Who.GROUP_MEMBER, project, third, "partial", "50")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("sharePercent"))
			.andExpect(jsonPath("$.errors[0].message", containsString("at most 40%")));
		this.projects.link(Who.GROUP_MEMBER, project, third, "partial", "40").andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/projects/" + project).with(this.needs.as(Who.BOARD)))
			.andExpect(jsonPath("$.links", hasSize(3)))
			.andExpect(jsonPath("$.links[0].effectiveSharePercent").value(60))
			.andExpect(jsonPath("$.links[1].sharePercent").doesNotExist())
			.andExpect(jsonPath("$.links[1].effectiveSharePercent").value(0.0))
			.andExpect(jsonPath("$.links[2].effectiveSharePercent").value(40))
			.andExpect(jsonPath("$.hiddenLinks").value(0));
	}

	@Test
	void refusesASecondLinkToTheSameNeedAndAShareOutOfRange() throws Exception {
		long project = this.projects.project("Once each", "MK");
		long need = this.projects.submittedNeed(this.cycle, "MK", false);
		this.projects.link(Who.GROUP_MEMBER, project, need, "full", "null").andExpect(status().isCreated());
		this.projects.link(Who.GROUP_MEMBER, project, need, "partial", "null")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("already linked")));
		long other = this.projects.submittedNeed(this.cycle, "MK", false);
		for (String share : List.of("0", "-5", "100.5", "33.333")) {
			this.projects.link(Who.GROUP_MEMBER, project, other, "partial", share)
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("sharePercent"));
		}
		this.projects.link(Who.GROUP_MEMBER, project, other, "halfway", "null")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("coverage"));
	}

	@Test
	void linksOnlyNeedsOfAPartnerTheProjectBenefitsOrRegionalOnes() throws Exception {
		long project = this.projects.project("North Macedonia only", "MK");
		long ofBosnia = this.projects.submittedNeed(this.cycle, "BA", false);
		long regional = this.projects.submittedNeed(this.cycle, "REG", false);
		this.projects.link(Who.GROUP_MEMBER, project, ofBosnia, "full", "null")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("needId"))
			.andExpect(jsonPath("$.errors[0].message", containsString("does not benefit")));
		this.projects.link(Who.GROUP_MEMBER, project, regional, "partial", "null").andExpect(status().isCreated());
		long regionalProject = this.projects.project("Regional", "REG");
		this.projects.link(Who.GROUP_MEMBER, regionalProject, ofBosnia, "partial", "null")
			.andExpect(status().isCreated());
	}

	@Test
	void refusesLinksToNeedsTheUserMayNotSeeOrThatAreStillDrafts() throws Exception {
		long restricted = this.projects.submittedNeed(this.cycle, "MK", true);
		long draft = this.needs.draft(this.cycle, false);
		String body = this.projects.body("MARRI's project " + UUID.randomUUID(), "MK")
			.replace("\"organisationId\": " + this.projects.organisation("IT"),
					"\"organisationId\": " + this.projects.organisation("MARRI"));
		long marri = ((Number) JsonPath.read(this.projects.register(Who.OUTSIDER, body)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id")).longValue();
		this.projects.link(Who.OUTSIDER, marri, restricted, "full", "null")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("There is no need " + restricted + " that you may see."));
		this.projects.link(Who.SECRETARIAT, marri, draft, "full", "null")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("still a draft")));
		this.projects.link(Who.SECRETARIAT, marri, restricted, "full", "null").andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/projects/" + marri).with(this.needs.as(Who.OUTSIDER)))
			.andExpect(jsonPath("$.links", hasSize(0)))
			.andExpect(jsonPath("$.hiddenLinks").value(1));
		this.mvc.perform(get("/api/v1/projects/" + marri).with(this.needs.as(Who.GROUP_MEMBER)))
			.andExpect(jsonPath("$.links[0].needId").value(restricted));
		this.mvc.perform(delete("/api/v1/projects/" + marri + "/links/" + restricted).with(this.needs.as(Who.OUTSIDER)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/needs/" + restricted + "/projects").with(this.needs.as(Who.OUTSIDER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void listsTheProjectsOfANeedOnItsBehalf() throws Exception {
		long need = this.projects.submittedNeed(this.cycle, "MK", false);
		long first = this.projects.project("Addresses it fully", "MK");
		long second = this.projects.project("Addresses it partly", "MK", "RS");
		this.projects.link(Who.GROUP_MEMBER, first, need, "full", "60").andExpect(status().isCreated());
		this.projects.link(Who.SECRETARIAT, second, need, "partial", "null").andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/needs/" + need + "/projects").with(this.needs.as(Who.OWNER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[?(@.id == %d)].coverage".formatted(first)).value(contains("FULL")))
			.andExpect(jsonPath("$[?(@.id == %d)].sharePercent".formatted(first)).value(contains(60.0)))
			.andExpect(jsonPath("$[?(@.id == %d)].effectiveSharePercent".formatted(second)).value(contains(100.0)))
			.andExpect(jsonPath("$[0].funders").value(contains("IT")))
			.andExpect(jsonPath("$[0].implementers").value(contains("DCAF")));
	}

	@Test
	void unlinksANeedAndRecordsBothStepsInTheAuditTrail() throws Exception {
		long project = this.projects.project("Unlink me", "MK");
		long need = this.projects.submittedNeed(this.cycle, "MK", false);
		this.projects.link(Who.GROUP_MEMBER, project, need, "full", "null").andExpect(status().isCreated());
		this.mvc.perform(delete("/api/v1/projects/" + project + "/links/" + need).with(this.needs.as(Who.OUTSIDER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/v1/projects/" + project + "/links/" + need).with(this.needs.as(Who.GROUP_MEMBER)))
			.andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/v1/projects/" + project + "/links/" + need).with(this.needs.as(Who.GROUP_MEMBER)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/needs/" + need + "/projects").with(this.needs.as(Who.BOARD)))
			.andExpect(jsonPath("$", hasSize(0)));
		String audit = this.mvc
			.perform(get("/api/v1/audit?recordType=ProjectLink&size=500").with(this.needs.as(Who.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> actions = JsonPath.read(audit,
				"$.items[?(@.changes =~ /.*need.*\"%d\".*/s)].action".formatted(need));
		assertThat(actions).contains("LINK", "UNLINK");
	}

	@Test
	void keepsTheBeneficiariesThatLinkedNeedsBelongTo() throws Exception {
		long project = this.projects.project("Keeps MK", "MK", "RS");
		long need = this.projects.submittedNeed(this.cycle, "MK", false);
		this.projects.link(Who.GROUP_MEMBER, project, need, "full", "null").andExpect(status().isCreated());
		String withoutMk = this.projects.body("Keeps MK", "RS").replaceFirst("}$", ", \"version\": 0}");
		this.mvc
			.perform(put("/api/v1/projects/" + project).with(this.needs.as(Who.GROUP_MEMBER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(withoutMk))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("partners"))
			.andExpect(jsonPath("$.errors[0].message", containsString("linked to needs of MK")));
	}

	@Test
	void showsABeneficiaryOnlyTheProjectsThatBenefitItsPartnerOrTheRegion() throws Exception {
		String token = UUID.randomUUID().toString();
		long ofMk = this.projects.project("Visible " + token, "MK");
		long regional = this.projects.project("Visible " + token, "REG");
		long ofRs = this.projects.project("Visible " + token, "RS");
		this.mvc.perform(get("/api/v1/projects?q=" + token).with(this.needs.as(Who.OWNER)))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) ofRs))));
		this.mvc.perform(get("/api/v1/projects/" + ofRs).with(this.needs.as(Who.OWNER)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/projects/" + regional).with(this.needs.as(Who.OWNER))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/projects/" + ofMk).with(this.needs.as(Who.OUTSIDER))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/projects?q=" + token).with(this.needs.as(Who.BOARD)))
			.andExpect(jsonPath("$.total").value(3));
	}

	@Test
	void filtersTheListByPartnerFunderImplementerStatusAndYear() throws Exception {
		String token = UUID.randomUUID().toString();
		this.projects.project("Filter " + token, "MK");
		this.projects.project("Filter " + token, "RS");
		this.mvc.perform(get("/api/v1/projects?q=%s&partner=mk".formatted(token)).with(this.needs.as(Who.BOARD)))
			.andExpect(jsonPath("$.total").value(1));
		this.mvc.perform(get("/api/v1/projects?q=%s&funder=IT".formatted(token)).with(this.needs.as(Who.BOARD)))
			.andExpect(jsonPath("$.total").value(2));
		this.mvc.perform(get("/api/v1/projects?q=%s&funder=UK".formatted(token)).with(this.needs.as(Who.BOARD)))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc
			.perform(get("/api/v1/projects?q=%s&implementer=%d".formatted(token, this.projects.organisation("DCAF")))
				.with(this.needs.as(Who.BOARD)))
			.andExpect(jsonPath("$.total").value(2));
		this.mvc.perform(get("/api/v1/projects?q=%s&status=closed".formatted(token)).with(this.needs.as(Who.BOARD)))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/api/v1/projects?q=%s&year=2022".formatted(token)).with(this.needs.as(Who.BOARD)))
			.andExpect(jsonPath("$.total").value(2));
		this.mvc.perform(get("/api/v1/projects?q=%s&year=2023".formatted(token)).with(this.needs.as(Who.BOARD)))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/api/v1/projects?status=someday").with(this.needs.as(Who.BOARD)))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void checksTwoLinksMadeAtTheSameMomentOneAfterTheOther() throws Exception {
		long project = this.projects.project("Race", "MK");
		long first = this.projects.submittedNeed(this.cycle, "MK", false);
		long second = this.projects.submittedNeed(this.cycle, "MK", false);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (long need : List.of(first, second)) {
				Callable<Integer> link = () -> {
					start.await();
					return this.projects.link(Who.GROUP_MEMBER, project, need, "full", "60")
						.andReturn()
						.getResponse()
						.getStatus();
				};
				answers.add(pool.submit(link));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(201, 422);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long total() throws Exception {
		String json = this.mvc.perform(get("/api/v1/projects?size=1").with(this.needs.as(Who.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.total")).longValue();
	}

}
