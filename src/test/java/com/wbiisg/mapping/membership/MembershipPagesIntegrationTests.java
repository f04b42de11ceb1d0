package com.wbiisg.mapping.membership;

import java.nio.charset.StandardCharsets;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.support.WithFullSignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.wbiisg.mapping.membership.MembershipRequests.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The membership pages as members and the Secretariat use them: what each role sees, what
 * the forms store, and how they report mistakes and clashes.
 */
@IntegrationTest
class MembershipPagesIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Membership membership;

	@Test
	@WithFullSignIn(roles = "PARTNER_FOCAL_POINT")
	void showsOrganisationsToMembersWithoutEditLinks() throws Exception {
		String page = page(get("/organisations"), 200);
		assertThat(page).contains("Kosovo*", "Deutsche Gesellschaft für Internationale Zusammenarbeit", "PCC SEE",
				"10 · Government", "40 · Multilateral", "WB partner", "Member state", "2019-11-18",
				"1st IISG Board, Brdo pri Kranju, 8 September 2017: ToR endorsed");
		assertThat(page).doesNotContain("id=\"new-organisation\"").doesNotContainPattern("/organisations/\\d+/edit");
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void offersTheSecretariatNewAndEditLinks() throws Exception {
		long slovenia = idOf("SI");
		assertThat(page(get("/organisations"), 200)).contains("id=\"new-organisation\"", "New organisation",
				"/organisations/" + slovenia + "/edit", "aria-label=\"Edit Slovenia\"");
	}

	@Test
	@WithFullSignIn(roles = "BOARD")
	void filtersOrganisationsByCategory() throws Exception {
		String page = page(get("/organisations").param("category", "OBSERVER"), 200);
		assertThat(page)
			.contains("Greece", "International Organization for Migration", "<option value=\"OBSERVER\" selected")
			.doesNotContain("Slovenia", "Montenegro");
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void createsOrganisationThroughTheForm() throws Exception {
		String form = page(get("/organisations/new"), 200);
		assertThat(form).contains("<label class=\"form-label\" for=\"type\">IATI organisation type</label>",
				"<option value=\"MULTILATERAL\">40 · Multilateral</option>",
				"<option value=\"XK\">XK · Kosovo*</option>", "type=\"date\"", "name=\"version\"");
		String shortName = unique("PL");
		this.mvc.perform(organisationForm(post("/organisations"), "Republic of Poland", shortName).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/organisations"));
		assertThat(this.membership.organisations()).filteredOn((o) -> o.shortName().equals(shortName))
			.singleElement()
			.satisfies((o) -> {
				assertThat(o.name()).isEqualTo("Republic of Poland");
				assertThat(o.type()).isEqualTo(IatiOrganisationType.GOVERNMENT);
				assertThat(o.category()).isEqualTo(MemberCategory.MEMBER_STATE);
				assertThat(o.joinedOn()).hasToString("2021-03-04");
				assertThat(o.partnerCode()).isNull();
			});
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void showsFieldErrorsNextToTheFields() throws Exception {
		String page = page(organisationForm(post("/organisations"), "", "SI", "", "", "").with(csrf()), 422);
		assertThat(page).contains("Please correct the fields marked below.", "aria-describedby=\"name-error\"",
				"id=\"name-error\">This field is required.",
				"id=\"shortName-error\">The short name SI is already used.",
				"id=\"type-error\">Choose the IATI organisation type.",
				"class=\"form-control is-invalid\" id=\"name\"");
		page = page(organisationForm(post("/organisations"), "x".repeat(201), unique("LG"), "GOVERNMENT", "ZZ", "")
			.with(csrf()), 422);
		assertThat(page).contains("id=\"name-error\">At most 200 characters.",
				"id=\"partnerCode-error\">Unknown WB partner ZZ.");
		page = page(organisationForm(post("/organisations"), "Late", unique("LT"), "GOVERNMENT", "", "yesterday")
			.with(csrf()), 422);
		assertThat(page).contains("id=\"joinedOn-error\">Enter a date as YYYY-MM-DD");
		assertThat(this.membership.organisations()).noneMatch((o) -> o.name().equals("Late"));
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void showsFieldErrorsInTheReadersLanguage() throws Exception {
		String page = page(organisationForm(post("/organisations"), "x".repeat(201), unique("LG"), "GOVERNMENT", "", "")
			.header("Accept-Language", "xx")
			.with(csrf()), 422);
		assertThat(page).contains("id=\"name-error\">XX: at most 200.");
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void prefillsTheEditFormWithTheStoredValues() throws Exception {
		long slovenia = idOf("SI");
		String form = page(get("/organisations/" + slovenia + "/edit"), 200);
		assertThat(form).contains("action=\"/organisations/" + slovenia + "\"", "value=\"Slovenia\"",
				"<option value=\"GOVERNMENT\" selected=\"selected\">",
				"<option value=\"MEMBER_STATE\" selected=\"selected\">", "value=\"2019-11-18\"");
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void showsTheOtherPersonsValuesWhenTheVersionIsStale() throws Exception {
		String shortName = unique("ST");
		this.mvc.perform(organisationForm(post("/organisations"), "Original", shortName).with(csrf()))
			.andExpect(status().isFound());
		long id = idOf(shortName);
		this.mvc
			.perform(organisationForm(post("/organisations/" + id), "Saved first", shortName).param("version", "0")
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/organisations"));
		String page = page(
				organisationForm(post("/organisations/" + id), "Saved second", shortName).param("version", "0")
					.with(csrf()),
				409);
		assertThat(page).contains("id=\"stale-notice\"", "Someone else saved this record while you were editing.",
				"The name you entered: Saved second", "value=\"Saved first\"", "name=\"version\" value=\"1\"");
		assertThat(this.membership.organisation(id)).get().extracting(Organisation::name).isEqualTo("Saved first");
	}

	@Test
	@WithFullSignIn(roles = "PARTNER_FOCAL_POINT")
	void forbidsFocalPointsToOpenOrSubmitTheForms() throws Exception {
		long slovenia = idOf("SI");
		this.mvc.perform(get("/organisations/new")).andExpect(status().isForbidden());
		this.mvc.perform(get("/organisations/" + slovenia + "/edit")).andExpect(status().isForbidden());
		this.mvc.perform(organisationForm(post("/organisations"), "Sneaky", unique("SN")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(organisationForm(post("/organisations/" + slovenia), "Sneaky", "SI").param("version", "0")
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/partners/AL").param("name", "Sneaky").param("version", "0").with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/working-groups").param("name", "Sneaky").param("initiative", "WBCTi").with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.membership.organisation(slovenia)).get().extracting(Organisation::name).isEqualTo("Slovenia");
		assertThat(this.membership.partner("AL")).get().extracting(Partner::name).isEqualTo("Albania");
	}

	@Test
	@WithFullSignIn(roles = "BENEFICIARY_FOCAL_POINT")
	void forbidsBeneficiaryFocalPointToSubmitTheOrganisationForm() throws Exception {
		this.mvc.perform(organisationForm(post("/organisations"), "Sneaky", unique("SB")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void refusesAFormWithoutCsrfToken() throws Exception {
		this.mvc.perform(organisationForm(post("/organisations"), "No token", unique("NT")))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void showsNotFoundPageForUnknownRecords() throws Exception {
		assertThat(page(get("/organisations/999999/edit"), 404)).contains("Not found", "Organisation 999999");
		assertThat(page(get("/partners/ZZ/edit"), 404)).contains("Not found");
		assertThat(page(get("/working-groups/999999/edit"), 404)).contains("Not found");
	}

	@Test
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/organisations")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/working-groups")).andExpect(status().isFound());
	}

	@Test
	@WithFullSignIn(roles = "BOARD")
	void showsPartnersWithKosovoAsterisk() throws Exception {
		String page = page(get("/partners"), 200);
		assertThat(page)
			.contains("Kosovo*", "XKX", "Regional", "MoI – Directorate for CT; CT &amp; P/CVE National Coordinator")
			.doesNotContain("/partners/XK/edit");
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void editsPartnerNationalBodiesAndRefusesAStaleSave() throws Exception {
		Partner serbia = this.membership.partner("RS").orElseThrow();
		assertThat(page(get("/partners"), 200)).contains("/partners/RS/edit");
		assertThat(page(get("/partners/rs/edit"), 200)).contains("value=\"Serbia\"", "action=\"/partners/RS\"");
		String bodies = "MoI - Service for Combating Terrorism " + unique("");
		this.mvc
			.perform(post("/partners/RS").param("name", "Serbia")
				.param("nationalBodies", bodies)
				.param("version", String.valueOf(serbia.version()))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/partners"));
		assertThat(this.membership.partner("RS")).get().extracting(Partner::nationalBodies).isEqualTo(bodies);
		String stale = page(post("/partners/RS").param("name", "Serbia (stale)")
			.param("nationalBodies", "old")
			.param("version", String.valueOf(serbia.version()))
			.with(csrf()), 409);
		assertThat(stale).contains("id=\"stale-notice\"", "The name you entered: Serbia (stale)", bodies);
		assertThat(page(post("/partners/RS").param("name", " ")
			.param("version", String.valueOf(serbia.version() + 1))
			.with(csrf()), 422)).contains("id=\"name-error\">This field is required.");
	}

	@Test
	@WithFullSignIn(roles = "BENEFICIARY_FOCAL_POINT")
	void showsWorkingGroupsWithLeadsAndMembers() throws Exception {
		String page = page(get("/working-groups"), 200);
		assertThat(page)
			.contains("WBCTi Pillar Working Group", "Whole initiative",
					"<span class=\"badge text-bg-primary me-1\">Slovenia</span>",
					"<span class=\"badge text-bg-primary me-1\">Austria</span>", "Kosovo*",
					"OSCE Mission to Bosnia and Herzegovina")
			.doesNotContain("id=\"new-working-group\"");
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void createsWorkingGroupWithCheckedOrganisations() throws Exception {
		// Not Italy: the needs tests rely on Italy being a member, not a lead, of the
		// WBCTi group.
		long observer = idOf("GR");
		long france = idOf("FR");
		String form = page(get("/working-groups/new"), 200);
		assertThat(form).contains("<option value=\"WBCTi\">", "type=\"checkbox\"", "name=\"leads\"", "name=\"members\"",
				"<legend class=\"form-label fs-6\">Lead organisations</legend>");
		String name = "Protect working group " + unique("");
		this.mvc
			.perform(post("/working-groups").param("name", name)
				.param("initiative", "WBCTi")
				.param("pillar", "pro")
				.param("leads", String.valueOf(observer))
				.param("members", String.valueOf(france))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/working-groups"));
		WorkingGroup created = this.membership.workingGroups()
			.stream()
			.filter((g) -> g.name().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(created.pillar()).isEqualTo("PRO");
		assertThat(created.leads()).containsExactly(observer);
		assertThat(created.members()).containsExactlyInAnyOrder(observer, france);
		String edit = page(get("/working-groups/" + created.id() + "/edit"), 200);
		assertThat(edit)
			.containsPattern("value=\"" + observer + "\" id=\"leads\\d+\" name=\"leads\" checked=\"checked\"")
			.doesNotContainPattern("value=\"" + france + "\" id=\"leads\\d+\" name=\"leads\" checked")
			.contains("value=\"PRO\"");
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void reportsUnknownInitiativeAndOrganisationOnTheWorkingGroupForm() throws Exception {
		String page = page(post("/working-groups").param("name", "Nowhere").param("initiative", "WBXYZi").with(csrf()),
				422);
		assertThat(page).contains("id=\"initiative-error\">Unknown initiative WBXYZi.");
		page = page(post("/working-groups").param("name", "Nowhere")
			.param("initiative", "WBCTi")
			.param("leads", "999999")
			.with(csrf()), 422);
		assertThat(page).contains("id=\"leads-error\">Unknown organisation 999999.");
	}

	private String page(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
		ResultActions result = this.mvc.perform(request).andExpect(status().is(expectedStatus));
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static MockHttpServletRequestBuilder organisationForm(MockHttpServletRequestBuilder request, String name,
			String shortName) {
		return organisationForm(request, name, shortName, "GOVERNMENT", "", "2021-03-04");
	}

	private static MockHttpServletRequestBuilder organisationForm(MockHttpServletRequestBuilder request, String name,
			String shortName, String type, String partnerCode, String joinedOn) {
		return request.param("name", name)
			.param("shortName", shortName)
			.param("type", type)
			.param("category", "MEMBER_STATE")
			.param("partnerCode", partnerCode)
			.param("joinedOn", joinedOn)
			.param("joinedBy", "6th IISG Board");
	}

	private long idOf(String shortName) {
		return MembershipRequests.idOf(this.membership, shortName);
	}

}
