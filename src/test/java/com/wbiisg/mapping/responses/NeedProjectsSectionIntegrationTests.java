package com.wbiisg.mapping.responses;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page of a need lists the projects that address it, as far as the reader may see
 * them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedProjectsSectionIntegrationTests {

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
	void listsTheLinkedProjectsWithCoverageAndShareOnTheNeedsPage() throws Exception {
		long need = this.projects.submittedNeed(this.cycle, "MK", false);
		long project = this.projects.project("Mentoring of front-line practitioners", "MK");
		this.projects.link(Who.GROUP_MEMBER, project, need, "partial", "25").andExpect(status().isCreated());
		for (Who reader : new Who[] { Who.OWNER, Who.BOARD, Who.OUTSIDER }) {
			Document page = page(need, reader);
			assertThat(page.select("#need-projects-heading").text()).isEqualTo("Projects addressing this need");
			assertThat(page.select("#need-project-" + project + " a").text())
				.startsWith("Mentoring of front-line practitioners");
			assertThat(page.select("#need-project-" + project + " td").eachText()).contains("IT", "Implementation",
					"Partial", "25.00%");
		}
	}

	@Test
	void saysSoWhenNoProjectAddressesTheNeed() throws Exception {
		long need = this.projects.submittedNeed(this.cycle, "MK", false);
		assertThat(page(need, Who.OWNER).select("#need-projects").text())
			.contains("No project you may see is linked to this need yet.");
	}

	private Document page(long need, Who reader) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/needs/" + need).with(this.needs.as(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
