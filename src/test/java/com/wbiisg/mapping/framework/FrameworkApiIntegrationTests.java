package com.wbiisg.mapping.framework;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static com.wbiisg.mapping.framework.FrameworkFixtures.adoptedWbcti;
import static com.wbiisg.mapping.framework.FrameworkFixtures.beneficiary;
import static com.wbiisg.mapping.framework.FrameworkFixtures.board;
import static com.wbiisg.mapping.framework.FrameworkFixtures.draftCopy;
import static com.wbiisg.mapping.framework.FrameworkFixtures.itemVersion;
import static com.wbiisg.mapping.framework.FrameworkFixtures.partner;
import static com.wbiisg.mapping.framework.FrameworkFixtures.secretariat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FrameworkApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void servesTheSeededWbctiFrameworkWithItsFourPillars() throws Exception {
		long id = adoptedWbcti(this.mvc);
		this.mvc.perform(get("/api/v1/frameworks/" + id + "/tree").with(beneficiary()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ADOPTED"))
			.andExpect(jsonPath("$.items[*].code").value(org.hamcrest.Matchers.contains("ANT", "PRE", "PRO", "RES")))
			.andExpect(jsonPath("$.items[1].title").value("Prevent"))
			.andExpect(jsonPath("$.items[1].children", hasSize(5)))
			.andExpect(jsonPath("$.items[1].children[1].code").value("PRE.2"))
			.andExpect(jsonPath("$.items[1].children[1].level").value("OBJECTIVE"))
			.andExpect(jsonPath("$.items[1].children[1].children[0].code").value("PRE.2.1"))
			.andExpect(jsonPath("$.items[1].children[1].children[0].level").value("MEASURE"));
		this.mvc.perform(get("/api/v1/initiatives").with(partner()))
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains("WBCTi", "WBCSCi", "WBBSi")));
	}

	@Test
	void copiesAnAdoptedVersionIntoADraftWithTheSameCodes() throws Exception {
		long draft = draftCopy(this.mvc);
		this.mvc.perform(get("/api/v1/frameworks/" + draft + "/tree").with(secretariat()))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(org.hamcrest.Matchers.greaterThan(1)))
			.andExpect(jsonPath("$.items[3].children[1].children[*].code")
				.value(org.hamcrest.Matchers.contains("RES.2.1", "RES.2.2", "RES.2.3")));
	}

	@Test
	void addsAMeasureUnderAnObjectiveWithTheNextFreeCode() throws Exception {
		long draft = draftCopy(this.mvc);
		this.mvc.perform(post("/api/v1/frameworks/" + draft + "/items").with(secretariat())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentCode\":\"PRE.2\",\"title\":\"Community policing\",\"description\":\"Trust-building\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/items/PRE.2.4")))
			.andExpect(jsonPath("$.code").value("PRE.2.4"))
			.andExpect(jsonPath("$.level").value("MEASURE"));
		this.mvc.perform(get("/api/v1/frameworks/" + draft + "/tree").with(board()))
			.andExpect(jsonPath("$.items[1].children[1].children[3].title").value("Community policing"));
	}

	@Test
	void keepsCodesWhenItemsAreReorderedAndNeverReusesARemovedCode() throws Exception {
		long draft = draftCopy(this.mvc);
		long version = itemVersion(this.mvc, draft, "PRE.2.3");
		this.mvc
			.perform(put("/api/v1/frameworks/" + draft + "/items/PRE.2.3").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Multi-agency approach\",\"version\":" + version + ",\"position\":0}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/frameworks/" + draft + "/tree").with(secretariat()))
			.andExpect(jsonPath("$.items[1].children[1].children[*].code")
				.value(org.hamcrest.Matchers.contains("PRE.2.3", "PRE.2.1", "PRE.2.2")));
		this.mvc.perform(delete("/api/v1/frameworks/" + draft + "/items/PRE.2.3").with(secretariat()))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(post("/api/v1/frameworks/" + draft + "/items").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentCode\":\"PRE.2\",\"title\":\"Youth outreach\"}"))
			.andExpect(jsonPath("$.code").value("PRE.2.4"));
	}

	@Test
	void removesAnItemWithEverythingBelowIt() throws Exception {
		long draft = draftCopy(this.mvc);
		this.mvc.perform(delete("/api/v1/frameworks/" + draft + "/items/RES.2").with(secretariat()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/frameworks/" + draft + "/items/RES.2.1").with(secretariat()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/frameworks/" + draft + "/tree").with(secretariat()))
			.andExpect(jsonPath("$.items[3].children[*].code").value(org.hamcrest.Matchers.contains("RES.1", "RES.3")));
	}

	@Test
	void refusesEveryChangeToAnAdoptedVersionAndStoresNothing() throws Exception {
		long adopted = adoptedWbcti(this.mvc);
		String before = tree(adopted);
		long version = itemVersion(this.mvc, adopted, "PRE.2");
		this.mvc
			.perform(post("/api/v1/frameworks/" + adopted + "/items").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentCode\":\"PRE.2\",\"title\":\"Sneaky\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("adopted and frozen")));
		this.mvc
			.perform(put("/api/v1/frameworks/" + adopted + "/items/PRE.2").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Changed\",\"version\":" + version + "}"))
			.andExpect(status().isConflict());
		this.mvc.perform(delete("/api/v1/frameworks/" + adopted + "/items/PRE.2").with(secretariat()))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/api/v1/frameworks/" + adopted + "/adoption").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decidedOn\":\"2021-05-05\",\"decision\":\"again\"}"))
			.andExpect(status().isConflict());
		assertThat(tree(adopted)).isEqualTo(before);
	}

	@Test
	void givesTheSecondOfTwoConcurrentEditsA409AndLosesNoUpdate() throws Exception {
		long draft = draftCopy(this.mvc);
		long version = itemVersion(this.mvc, draft, "PRO.3");
		this.mvc
			.perform(put("/api/v1/frameworks/" + draft + "/items/PRO.3").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"First editor's title\",\"version\":" + version + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(version + 1));
		this.mvc
			.perform(put("/api/v1/frameworks/" + draft + "/items/PRO.3").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.header("If-Match", "\"" + version + "\"")
				.content("{\"title\":\"Second editor's title\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("changed by someone else")));
		this.mvc.perform(get("/api/v1/frameworks/" + draft + "/items/PRO.3").with(secretariat()))
			.andExpect(jsonPath("$.title").value("First editor's title"));
	}

	@Test
	void answersInvalidInputWithFieldErrors() throws Exception {
		long draft = draftCopy(this.mvc);
		this.mvc
			.perform(post("/api/v1/frameworks/" + draft + "/items").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentCode\":\"PRE.9\",\"title\":\"  \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("title", "parentCode")))
			.andExpect(jsonPath("$.detail").value(containsString("There is no item PRE.9")));
		this.mvc
			.perform(post("/api/v1/frameworks/" + draft + "/items").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentCode\":\"PRE.2\",\"title\":\"" + "x".repeat(301) + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		this.mvc
			.perform(post("/api/v1/frameworks/" + draft + "/items").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"PRE\",\"title\":\"Prevent again\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("code"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("already used")));
		this.mvc
			.perform(post("/api/v1/frameworks").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"initiative\":\"WBXYZ\",\"cycle\":\"2023\u20132024\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("initiative"));
		this.mvc
			.perform(post("/api/v1/frameworks").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"initiative\":\"WBCTi\",\"cycle\":\"next year\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("cycle"));
	}

	@Test
	void answersUnknownRecordsWith404ProblemDetails() throws Exception {
		this.mvc.perform(get("/api/v1/frameworks/999999/tree").with(board()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("999999")));
		this.mvc.perform(get("/api/v1/no-such-endpoint").with(board()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No API endpoint at /api/v1/no-such-endpoint."));
	}

	@Test
	void adoptsADraftWhichFreezesItAndSupersedesTheEarlierAdoptedVersion() throws Exception {
		long earlier = adoptedWbcti(this.mvc);
		String created = this.mvc
			.perform(post("/api/v1/frameworks").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"initiative\":\"WBBSi\",\"cycle\":\"2023-2024\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.cycle").value("2023\u20132024"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long draft = ((Number) JsonPath.read(created, "$.id")).longValue();
		this.mvc
			.perform(post("/api/v1/frameworks/" + draft + "/items").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Border management\"}"))
			.andExpect(jsonPath("$.code").value("BOR"));
		this.mvc
			.perform(post("/api/v1/frameworks/" + draft + "/adoption").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decidedOn\":\"2024-06-20\",\"decision\":\"7th IISG Board\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ADOPTED"))
			.andExpect(jsonPath("$.adoptedOn").value("2024-06-20"));
		this.mvc
			.perform(post("/api/v1/frameworks/" + draft + "/items").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Too late\"}"))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/v1/frameworks/" + earlier).with(secretariat()))
			.andExpect(jsonPath("$.status").value("ADOPTED"));
	}

	@Test
	void supersedesTheAdoptedVersionOfTheSameCycleWhenANewerOneIsAdopted() throws Exception {
		long first = FrameworkFixtures.draftCopy(this.mvc, "2051\u20132052");
		adopt(first, "2051-01-10");
		long second = FrameworkFixtures.draftCopy(this.mvc, "2051\u20132052");
		adopt(second, "2052-01-10");
		this.mvc.perform(get("/api/v1/frameworks?initiative=WBCTi").with(secretariat()))
			.andExpect(jsonPath("$[?(@.id == " + first + ")].status").value(hasItem("SUPERSEDED")))
			.andExpect(jsonPath("$[?(@.id == " + second + ")].status").value(hasItem("ADOPTED")));
		this.mvc
			.perform(post("/api/v1/frameworks/" + first + "/items").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentCode\":\"PRE\",\"title\":\"Frozen still\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("superseded and frozen")));
	}

	@Test
	void refusesFrameworkChangesByFocalPointsAndTheBoardAndAnonymousCallers() throws Exception {
		long draft = draftCopy(this.mvc);
		for (var user : List.of(beneficiary(), partner(), board())) {
			this.mvc
				.perform(post("/api/v1/frameworks/" + draft + "/items").with(user)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"parentCode\":\"PRE.2\",\"title\":\"Not mine to add\"}"))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			this.mvc
				.perform(post("/api/v1/frameworks").with(user)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"initiative\":\"WBCTi\",\"cycle\":\"2023\u20132024\"}"))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/v1/frameworks")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/frameworks/" + draft + "/tree").with(secretariat()))
			.andExpect(jsonPath("$.items[1].children[1].children[*].title",
					org.hamcrest.Matchers.not(hasItem("Not mine to add"))));
	}

	@Test
	void auditsEveryChangeWithWhatChanged() throws Exception {
		long draft = draftCopy(this.mvc);
		long version = itemVersion(this.mvc, draft, "ANT.2");
		this.mvc
			.perform(put("/api/v1/frameworks/" + draft + "/items/ANT.2").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Targeted risk assessments of soft targets\",\"version\":" + version + "}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/audit?recordType=FrameworkItem").with(secretariat()))
			.andExpect(jsonPath("$.items[?(@.recordId == '" + draft + "/ANT.2')].changes")
				.value(hasItem(containsString("Targeted risk assessments of soft targets"))))
			.andExpect(jsonPath("$.items[?(@.recordId == '" + draft + "/ANT.2')].by").value(hasItem("secretariat")));
	}

	private void adopt(long id, String date) throws Exception {
		this.mvc
			.perform(post("/api/v1/frameworks/" + id + "/adoption").with(secretariat())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decidedOn\":\"" + date + "\",\"decision\":\"Board\"}"))
			.andExpect(status().isOk());
	}

	private String tree(long id) throws Exception {
		return this.mvc.perform(get("/api/v1/frameworks/" + id + "/tree").with(secretariat()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
