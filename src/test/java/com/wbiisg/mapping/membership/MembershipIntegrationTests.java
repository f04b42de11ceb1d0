package com.wbiisg.mapping.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.support.WithFullSignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.wbiisg.mapping.membership.MembershipRequests.json;
import static com.wbiisg.mapping.membership.MembershipRequests.organisation;
import static com.wbiisg.mapping.membership.MembershipRequests.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static com.wbiisg.mapping.support.FullSignIn.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisations of the membership API as scripts use it: what it answers, what it
 * stores, and whom it refuses.
 */
@IntegrationTest
class MembershipIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Membership membership;

	@Test
	@WithFullSignIn(roles = "PARTNER_FOCAL_POINT")
	void listsOrganisationsWithTheirCodes() throws Exception {
		this.mvc.perform(get("/api/v1/organisations"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.shortName == 'XK')].name").value(hasItem("Kosovo*")))
			.andExpect(jsonPath("$[?(@.shortName == 'XK')].type").value(hasItem("GOVERNMENT")))
			.andExpect(jsonPath("$[?(@.shortName == 'XK')].typeCode").value(hasItem("10")))
			.andExpect(jsonPath("$[?(@.shortName == 'XK')].category").value(hasItem("WB_PARTNER")))
			.andExpect(jsonPath("$[?(@.shortName == 'XK')].partnerCode").value(hasItem("XK")))
			.andExpect(jsonPath("$[?(@.shortName == 'SI')].joinedOn").value(hasItem("2019-11-18")))
			.andExpect(jsonPath("$[?(@.shortName == 'OSCE')].typeCode").value(hasItem("40")));
		String body = this.mvc.perform(get("/api/v1/organisations")).andReturn().getResponse().getContentAsString();
		Map<String, Object> first = JsonPath.read(body, "$[0]");
		assertThat(first).containsKeys("id", "name", "shortName", "type", "typeCode", "category", "iatiIdentifier",
				"partnerCode", "joinedOn", "joinedBy", "version");
	}

	@Test
	@WithFullSignIn(roles = "BOARD")
	void filtersOrganisationsByCategoryInAnyCase() throws Exception {
		String body = this.mvc.perform(get("/api/v1/organisations").param("category", "member_state"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> categories = JsonPath.read(body, "$[*].category");
		List<String> shortNames = JsonPath.read(body, "$[*].shortName");
		assertThat(categories).isNotEmpty().containsOnly("MEMBER_STATE");
		assertThat(shortNames).contains("SI", "AT").doesNotContain("AL");
	}

	@Test
	@WithFullSignIn(roles = "BOARD")
	void rejectsUnknownCategoryFilter() throws Exception {
		this.mvc.perform(get("/api/v1/organisations").param("category", "ALIENS"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("category"));
	}

	@Test
	@WithFullSignIn(username = "sec", roles = "SECRETARIAT")
	void createsOrganisationAndAnswersItsAddress() throws Exception {
		String shortName = unique("NL");
		MvcResult created = this.mvc
			.perform(json(post("/api/v1/organisations"),
					organisation("Kingdom of the Netherlands", shortName, "government", "member_state", null)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/organisations/")))
			.andExpect(jsonPath("$.type").value("GOVERNMENT"))
			.andExpect(jsonPath("$.typeCode").value("10"))
			.andExpect(jsonPath("$.category").value("MEMBER_STATE"))
			.andExpect(jsonPath("$.joinedOn").value("2021-03-04"))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		this.mvc.perform(get(location)).andExpect(status().isOk()).andExpect(jsonPath("$.shortName").value(shortName));
		assertThat(this.membership.organisations()).anyMatch((o) -> o.shortName().equals(shortName)
				&& o.type() == IatiOrganisationType.GOVERNMENT && o.category() == MemberCategory.MEMBER_STATE);
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void acceptsTheIatiCodeAsType() throws Exception {
		this.mvc
			.perform(json(post("/api/v1/organisations"),
					organisation("Some Agency", unique("AG"), "40", "EU_AGENCY", null)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.type").value("MULTILATERAL"));
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void rejectsUnknownTypeAndCategoryNamingTheFields() throws Exception {
		this.mvc
			.perform(json(post("/api/v1/organisations"),
					organisation("Nowhere", unique("NW"), "SPACESHIP", "ALIENS", null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("type", "category")));
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void namesTheProblemsOfAnOrganisationInTheOrderItsFieldsAreChecked() throws Exception {
		Map<String, Object> body = organisation(" ", "s".repeat(31), "", "", "i".repeat(101));
		body.put("partnerCode", "abcdefghijk");
		body.put("joinedBy", "j".repeat(301));
		this.mvc.perform(json(post("/api/v1/organisations"), body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(contains("name", "shortName", "iatiIdentifier",
					"partnerCode", "joinedBy", "type", "category", "partnerCode")))
			.andExpect(jsonPath("$.errors[*].message").value(contains("This field is required.",
					"At most 30 characters.", "At most 100 characters.", "At most 10 characters.",
					"At most 300 characters.", UserText.of("membership.organisation.typeRequired").english(),
					UserText.of("membership.organisation.categoryRequired").english(),
					UserText.of("membership.partner.unknown", "ABCDEFGHIJK").english())));
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void rejectsEmptyAndOverLongName() throws Exception {
		this.mvc
			.perform(json(post("/api/v1/organisations"),
					organisation("  ", unique("E"), "GOVERNMENT", "OBSERVER", null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("This field is required."));
		this.mvc
			.perform(json(post("/api/v1/organisations"),
					organisation("x".repeat(201), unique("L"), "GOVERNMENT", "OBSERVER", null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("At most 200 characters."));
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void answersFieldProblemsInTheReadersLanguage() throws Exception {
		this.mvc
			.perform(
					json(post("/api/v1/organisations"), organisation("  ", unique("E"), "GOVERNMENT", "OBSERVER", null))
						.header("Accept-Language", "xx"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("XX invalid: name: XX: required."))
			.andExpect(jsonPath("$.errors[0].message").value("XX: required."));
		this.mvc
			.perform(json(post("/api/v1/organisations"),
					organisation("Kosovo* again", "XK", "GOVERNMENT", "OBSERVER", null))
				.header("Accept-Language", "xx"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("shortName"))
			.andExpect(jsonPath("$.errors[0].message").value("The short name XK is already used."));
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void rejectsDuplicateShortName() throws Exception {
		this.mvc
			.perform(json(post("/api/v1/organisations"),
					organisation("Slovenia again", "si", "GOVERNMENT", "MEMBER_STATE", null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("shortName"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("already used")));
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void rejectsDuplicateIatiIdentifier() throws Exception {
		String identifier = unique("XM-DAC");
		this.mvc
			.perform(json(post("/api/v1/organisations"),
					organisation("First", unique("F"), "MULTILATERAL", "INTERNATIONAL_ORGANISATION", identifier)))
			.andExpect(status().isCreated());
		this.mvc
			.perform(json(post("/api/v1/organisations"),
					organisation("Second", unique("S"), "MULTILATERAL", "INTERNATIONAL_ORGANISATION",
							identifier.toLowerCase())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("iatiIdentifier"));
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void rejectsUnknownPartner() throws Exception {
		Map<String, Object> body = organisation("Atlantis", unique("AX"), "GOVERNMENT", "WB_PARTNER", null);
		body.put("partnerCode", "ZZ");
		this.mvc.perform(json(post("/api/v1/organisations"), body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("partnerCode"));
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void rejectsMalformedJoiningDateOnItsField() throws Exception {
		Map<String, Object> body = organisation("Late", unique("LT"), "GOVERNMENT", "OBSERVER", null);
		body.put("joinedOn", "4 March 2021");
		this.mvc.perform(json(post("/api/v1/organisations"), body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("joinedOn"));
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void updatesOrganisationWithVersionFromIfMatch() throws Exception {
		long id = createOrganisation(unique("UP"));
		Map<String, Object> change = organisation("Renamed", this.membership.organisation(id).orElseThrow().shortName(),
				"OTHER_PUBLIC_SECTOR", "EU_AGENCY", null);
		this.mvc.perform(json(put("/api/v1/organisations/" + id), change).header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Renamed"))
			.andExpect(jsonPath("$.version").value(1));
		assertThat(this.membership.organisation(id)).get().extracting(Organisation::name).isEqualTo("Renamed");
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void requiresTheVersionOnUpdate() throws Exception {
		long id = createOrganisation(unique("NV"));
		Map<String, Object> change = organisation("No version",
				this.membership.organisation(id).orElseThrow().shortName(), "GOVERNMENT", "OBSERVER", null);
		this.mvc.perform(json(put("/api/v1/organisations/" + id), change))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void refusesTheSecondOfTwoUpdatesFromTheSameVersion() throws Exception {
		long id = createOrganisation(unique("ST"));
		String shortName = this.membership.organisation(id).orElseThrow().shortName();
		Map<String, Object> mine = organisation("Mine", shortName, "GOVERNMENT", "OBSERVER", null);
		mine.put("version", 0);
		Map<String, Object> theirs = organisation("Theirs", shortName, "GOVERNMENT", "OBSERVER", null);
		theirs.put("version", 0);
		this.mvc.perform(json(put("/api/v1/organisations/" + id), mine)).andExpect(status().isOk());
		this.mvc.perform(json(put("/api/v1/organisations/" + id), theirs))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("changed by someone else")));
		assertThat(this.membership.organisation(id)).get().extracting(Organisation::name).isEqualTo("Mine");
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void letsExactlyOneOfTwoConcurrentUpdatesWin() throws Exception {
		long id = createOrganisation(unique("CC"));
		String shortName = this.membership.organisation(id).orElseThrow().shortName();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (String name : List.of("Alpha", "Beta")) {
				Map<String, Object> change = organisation(name, shortName, "GOVERNMENT", "OBSERVER", null);
				change.put("version", 0);
				answers.add(pool.submit(() -> {
					start.await();
					return this.mvc
						.perform(
								json(put("/api/v1/organisations/" + id), change).with(user("sec").roles("SECRETARIAT")))
						.andReturn()
						.getResponse()
						.getStatus();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(30, TimeUnit.SECONDS));
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.membership.organisation(id)).get()
			.satisfies((o) -> assertThat(o.name()).isIn("Alpha", "Beta"))
			.extracting(Organisation::version)
			.isEqualTo(1L);
	}

	@Test
	@WithFullSignIn(roles = "PARTNER_FOCAL_POINT")
	void forbidsPartnerFocalPointToWrite() throws Exception {
		long slovenia = idOf("SI");
		this.mvc
			.perform(json(post("/api/v1/organisations"),
					organisation("Sneaky", unique("SN"), "GOVERNMENT", "OBSERVER", null)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		Map<String, Object> change = organisation("Sneaky", "SI", "GOVERNMENT", "MEMBER_STATE", null);
		change.put("version", 0);
		this.mvc.perform(json(put("/api/v1/organisations/" + slovenia), change)).andExpect(status().isForbidden());
		this.mvc.perform(json(put("/api/v1/partners/AL"), Map.of("name", "Sneaky", "version", 0)))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(post("/api/v1/working-groups"), Map.of("name", "Sneaky", "initiative", "WBCTi")))
			.andExpect(status().isForbidden());
		assertThat(this.membership.organisation(slovenia)).get().extracting(Organisation::name).isEqualTo("Slovenia");
		assertThat(this.membership.partner("AL")).get().extracting(Partner::name).isEqualTo("Albania");
	}

	@Test
	@WithFullSignIn(roles = "BENEFICIARY_FOCAL_POINT")
	void forbidsBeneficiaryFocalPointToWrite() throws Exception {
		this.mvc
			.perform(json(post("/api/v1/organisations"),
					organisation("Sneaky", unique("SB"), "GOVERNMENT", "OBSERVER", null)))
			.andExpect(status().isForbidden());
	}

	@Test
	void describesTheMembershipEndpointsInOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/organisations'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/organisations'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/organisations/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/partners/{code}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/working-groups/{id}'].put").exists());
	}

	@Test
	void answersUnauthorizedToAnonymousScripts() throws Exception {
		this.mvc.perform(get("/api/v1/organisations"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/partners")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/working-groups")).andExpect(status().isUnauthorized());
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void answersNotFoundForUnknownRecords() throws Exception {
		this.mvc.perform(get("/api/v1/organisations/999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Organisation 999999")));
		this.mvc.perform(get("/api/v1/partners/ZZ")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/working-groups/999999")).andExpect(status().isNotFound());
		Map<String, Object> change = organisation("Ghost", unique("GH"), "GOVERNMENT", "OBSERVER", null);
		change.put("version", 0);
		this.mvc.perform(json(put("/api/v1/organisations/999999"), change)).andExpect(status().isNotFound());
	}

	@Test
	@WithFullSignIn(username = "sec", roles = "SECRETARIAT")
	void recordsOrganisationChangesInTheAuditTrail() throws Exception {
		long id = createOrganisation(unique("AU"));
		String body = this.mvc.perform(get("/api/v1/audit").param("recordType", "Organisation"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> entries = JsonPath.read(body, "$.items[?(@.recordId == '" + id + "')]");
		assertThat(entries).singleElement()
			.satisfies((entry) -> assertThat(entry).containsEntry("action", "CREATE").containsEntry("by", "sec"));
	}

	private long createOrganisation(String shortName) throws Exception {
		String body = this.mvc
			.perform(json(post("/api/v1/organisations"),
					organisation("Organisation " + shortName, shortName, "GOVERNMENT", "OBSERVER", null)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private long idOf(String shortName) {
		return MembershipRequests.idOf(this.membership, shortName);
	}

}
