package com.wbiisg.mapping.membership;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.support.WithFullSignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.wbiisg.mapping.membership.MembershipRequests.json;
import static com.wbiisg.mapping.membership.MembershipRequests.numbers;
import static com.wbiisg.mapping.membership.MembershipRequests.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The WB partners and working groups of the membership API: what scripts read, and how
 * the Secretariat's changes are checked.
 */
@IntegrationTest
class MembershipPartnersAndGroupsIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Membership membership;

	@Test
	@WithFullSignIn(roles = "BOARD")
	void listsPartnersWithKosovoAsterisk() throws Exception {
		this.mvc.perform(get("/api/v1/partners"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(contains("AL", "BA", "XK", "ME", "MK", "RS", "REG")))
			.andExpect(jsonPath("$[2].name").value("Kosovo*"))
			.andExpect(jsonPath("$[2].alpha3").value("XKX"))
			.andExpect(jsonPath("$[2].nationalBodies").isString())
			.andExpect(jsonPath("$[2].version").isNumber());
		this.mvc.perform(get("/api/v1/partners/xk"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("XK"));
	}

	@Test
	@WithFullSignIn(roles = "BENEFICIARY_FOCAL_POINT")
	void listsWorkingGroupsWithLeadsAndMembersAsIds() throws Exception {
		long slovenia = idOf("SI");
		long austria = idOf("AT");
		String body = this.mvc.perform(get("/api/v1/working-groups"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> wbcti = JsonPath.read(body, "$[?(@.name == 'WBCTi Pillar Working Group')]");
		assertThat(wbcti).hasSize(1);
		assertThat(wbcti.get(0)).containsEntry("initiative", "WBCTi")
			.containsEntry("pillar", null)
			.containsKey("version");
		assertThat(numbers(wbcti.get(0).get("leads"))).containsExactlyInAnyOrder(slovenia, austria);
		assertThat(numbers(wbcti.get(0).get("members"))).contains(slovenia, austria, idOf("XK"), idOf("OSCE"));
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void updatesPartnerNationalBodiesAndKeepsVersion() throws Exception {
		Partner montenegro = this.membership.partner("ME").orElseThrow();
		String bodies = "MoI – CT & P/CVE National Coordinator; Police Directorate " + unique("");
		this.mvc
			.perform(json(put("/api/v1/partners/ME"),
					Map.of("name", "Montenegro", "nationalBodies", bodies, "version", montenegro.version())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nationalBodies").value(bodies))
			.andExpect(jsonPath("$.version").value(montenegro.version() + 1));
		this.mvc
			.perform(json(put("/api/v1/partners/ME"),
					Map.of("name", "Montenegro", "nationalBodies", "stale", "version", montenegro.version())))
			.andExpect(status().isConflict());
		this.mvc.perform(json(put("/api/v1/partners/ME"), Map.of("name", "", "version", montenegro.version() + 1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		assertThat(this.membership.partner("ME")).get().extracting(Partner::nationalBodies).isEqualTo(bodies);
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void createsAndUpdatesWorkingGroupReadingCodesInAnyCase() throws Exception {
		// Not Italy: the needs tests rely on Italy being a member, not a lead, of the
		// WBCTi group.
		long observer = idOf("US");
		long uk = idOf("UK");
		String body = this.mvc
			.perform(json(post("/api/v1/working-groups"),
					Map.of("name", "Prevent working group " + unique(""), "initiative", "wbcti", "pillar", "pre",
							"leads", List.of(observer), "members", List.of(uk))))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/working-groups/")))
			.andExpect(jsonPath("$.initiative").value("WBCTi"))
			.andExpect(jsonPath("$.pillar").value("PRE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		WorkingGroup created = this.membership.workingGroup(id).orElseThrow();
		assertThat(created.leads()).containsExactly(observer);
		assertThat(created.members()).containsExactlyInAnyOrder(observer, uk);
		this.mvc
			.perform(json(put("/api/v1/working-groups/" + id),
					Map.of("name", created.name(), "initiative", "WBCTi", "leads", List.of(uk), "members", List.of(),
							"version", created.version())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pillar").doesNotExist());
		assertThat(this.membership.workingGroup(id)).get().satisfies((group) -> {
			assertThat(group.pillar()).isNull();
			assertThat(group.leads()).containsExactly(uk);
		});
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void rejectsUnknownInitiativePillarAndOrganisations() throws Exception {
		this.mvc.perform(json(post("/api/v1/working-groups"), Map.of("name", "Nowhere", "initiative", "WBXYZi")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("initiative"));
		this.mvc
			.perform(json(post("/api/v1/working-groups"),
					Map.of("name", "Nowhere", "initiative", "WBCTi", "pillar", "XYZ")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("pillar"));
		this.mvc
			.perform(json(post("/api/v1/working-groups"),
					Map.of("name", "Nowhere", "initiative", "WBCTi", "leads", List.of(999999), "members",
							List.of(999998))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(contains("leads", "members")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("999999")));
	}

	@Test
	@WithFullSignIn(roles = "SECRETARIAT")
	void refusesStaleWorkingGroupUpdate() throws Exception {
		WorkingGroup wbcti = this.membership.workingGroups()
			.stream()
			.filter((g) -> g.name().equals("WBCTi Pillar Working Group"))
			.findFirst()
			.orElseThrow();
		this.mvc
			.perform(json(put("/api/v1/working-groups/" + wbcti.id()), Map.of("name", wbcti.name(), "initiative",
					"WBCTi", "leads", wbcti.leads(), "members", wbcti.members(), "version", wbcti.version() + 7)))
			.andExpect(status().isConflict());
		assertThat(this.membership.workingGroup(wbcti.id())).get()
			.extracting(WorkingGroup::version)
			.isEqualTo(wbcti.version());
	}

	private long idOf(String shortName) {
		return MembershipRequests.idOf(this.membership, shortName);
	}

}
