package com.wbiisg.mapping.framework;

import com.wbiisg.mapping.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.wbiisg.mapping.framework.FrameworkFixtures.adoptedWbcti;
import static com.wbiisg.mapping.framework.FrameworkFixtures.beneficiary;
import static com.wbiisg.mapping.framework.FrameworkFixtures.draftCopy;
import static com.wbiisg.mapping.framework.FrameworkFixtures.itemVersion;
import static com.wbiisg.mapping.framework.FrameworkFixtures.partner;
import static com.wbiisg.mapping.framework.FrameworkFixtures.secretariat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FrameworkPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void showsTheFrameworkTreeWithCodesToEveryMember() throws Exception {
		long adopted = adoptedWbcti(this.mvc);
		this.mvc.perform(get("/frameworks/" + adopted).with(beneficiary()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Anticipate"), containsString("PRE.2.1"),
					containsString("Operational high-security State prison"), containsString("tree-filter"))))
			.andExpect(content().string(not(containsString("add-pillar"))));
		this.mvc.perform(get("/frameworks").with(partner()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("WBCTi"), containsString("WBCSCi"), containsString("WBBSi"))));
	}

	@Test
	void letsTheSecretariatCreateADraftAndAddAMeasureThroughTheForms() throws Exception {
		long adopted = adoptedWbcti(this.mvc);
		this.mvc
			.perform(post("/frameworks").with(secretariat())
				.with(csrf())
				.param("initiative", "WBCTi")
				.param("cycle", "2021-2022")
				.param("copyOf", String.valueOf(adopted)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/frameworks/*"));
		long draft = draftCopy(this.mvc);
		this.mvc
			.perform(post("/frameworks/" + draft + "/items").with(secretariat())
				.with(csrf())
				.param("parentCode", "PRE.3")
				.param("title", "Prison staff training on radicalisation"))
			.andExpect(redirectedUrl("/frameworks/" + draft + "#item-PRE.3.2"));
		this.mvc.perform(get("/frameworks/" + draft).with(secretariat()))
			.andExpect(content().string(allOf(containsString("Prison staff training on radicalisation"),
					containsString("add-pillar"), containsString("adoption-form"))));
	}

	@Test
	void showsFieldErrorsOnTheFormAndStoresNothing() throws Exception {
		long draft = draftCopy(this.mvc);
		this.mvc
			.perform(post("/frameworks/" + draft + "/items").with(secretariat())
				.with(csrf())
				.param("parentCode", "PRE.3")
				.param("title", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("is-invalid"), containsString("A title is required."))));
		this.mvc
			.perform(post("/frameworks").with(secretariat())
				.with(csrf())
				.param("initiative", "WBCTi")
				.param("cycle", "soon"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A cycle is written as two years")));
	}

	@Test
	void showsTheOtherEditorsChangeWhenASaveIsStale() throws Exception {
		long draft = draftCopy(this.mvc);
		long version = itemVersion(this.mvc, draft, "RES.3");
		this.mvc
			.perform(post("/frameworks/" + draft + "/items/RES.3").with(secretariat())
				.with(csrf())
				.param("title", "Support to victims and their families")
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/frameworks/" + draft + "/items/RES.3").with(secretariat())
				.with(csrf())
				.param("title", "Victims' rights")
				.param("version", String.valueOf(version)))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("stale-notice"),
					containsString("Support to victims and their families"), containsString("Victims&#39; rights"))));
	}

	@Test
	void hidesEditControlsOnAnAdoptedVersionAndRefusesFormPosts() throws Exception {
		long adopted = adoptedWbcti(this.mvc);
		this.mvc.perform(get("/frameworks/" + adopted).with(secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("adoption-record"), not(containsString("add-pillar")),
					not(containsString("adoption-form")))));
		this.mvc
			.perform(post("/frameworks/" + adopted + "/items").with(secretariat())
				.with(csrf())
				.param("parentCode", "PRE.3")
				.param("title", "Late addition"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("adopted and frozen")));
	}

	@Test
	void recordsAnAdoptionThroughTheForm() throws Exception {
		long draft = draftCopy(this.mvc, "2041\u20132042");
		this.mvc
			.perform(post("/frameworks/" + draft + "/adoption").with(secretariat())
				.with(csrf())
				.param("decidedOn", "")
				.param("decision", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The date of the decision is required.")));
		this.mvc
			.perform(post("/frameworks/" + draft + "/adoption").with(secretariat())
				.with(csrf())
				.param("decidedOn", "2022-06-20")
				.param("decision", "6th IISG Board, Sarajevo"))
			.andExpect(redirectedUrl("/frameworks/" + draft));
		this.mvc.perform(get("/frameworks/" + draft).with(secretariat()))
			.andExpect(content()
				.string(allOf(containsString("6th IISG Board, Sarajevo"), not(containsString("add-pillar")))));
	}

	@Test
	void refusesFormPostsOfFocalPoints() throws Exception {
		long draft = draftCopy(this.mvc);
		this.mvc
			.perform(post("/frameworks/" + draft + "/items").with(beneficiary())
				.with(csrf())
				.param("parentCode", "PRE.3")
				.param("title", "Not allowed"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/frameworks/" + draft + "/items/PRE.3/delete").with(partner()).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void showsA404PageWithoutAStackTraceForAnUnknownFramework() throws Exception {
		this.mvc.perform(get("/frameworks/424242").with(partner()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("424242"), not(containsString("Exception")),
					not(containsString("at com.wbiisg")))));
	}

	@Test
	void sendsVisitorsWhoAreNotSignedInToTheSignInPage() throws Exception {
		this.mvc.perform(get("/frameworks")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

}
