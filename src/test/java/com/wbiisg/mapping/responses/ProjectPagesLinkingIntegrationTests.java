package com.wbiisg.mapping.responses;

import java.util.List;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.internal.CycleAdministration;
import com.wbiisg.mapping.needs.internal.NeedEditing;
import com.wbiisg.mapping.needs.internal.NeedReview;
import com.wbiisg.mapping.responses.internal.ProjectRegistry;
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
import static com.wbiisg.mapping.support.FullSignIn.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Linking a project to needs from its page, as real accounts: the need search lists only
 * needs the user may see, shares add up to at most 100%, a need of a partner the project
 * does not benefit is refused with the reason on the page, links are removed, and links
 * to needs a reader may not see are only counted.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectPagesLinkingIntegrationTests {

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
	NeedEditing needEditing;

	@Autowired
	NeedReview needReview;

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
	void theProjectIsLinkedToNeedsFromItsPageWithSharesAndRefusalsShownOnThePage() throws Exception {
		ProjectView project = this.fx.project(this.registry, this.fx.at, "AT", this.fx.unique("Linked project"),
				List.of("BA", "RS"), true, 2021);
		long ba = this.fx.need(this.needEditing, this.needReview, this.fx.ba, "BA", this.fx.unique("BA prison staff"),
				false, false);
		long rs = this.fx.need(this.needEditing, this.needReview, this.fx.rs, "RS", this.fx.unique("RS teachers"),
				false, false);
		long ba2 = this.fx.need(this.needEditing, this.needReview, this.fx.ba, "BA", this.fx.unique("BA analysts"),
				false, false);
		long mk = this.fx.need(this.needEditing, this.needReview, this.fx.mk, "MK", this.fx.unique("MK social work"),
				false, false);
		String page = "/projects/" + project.id();

		Document found = page(get(page + "/need-search").param("q", this.fx.suffix).param("search", "1"), this.fx.at,
				200);
		assertThat(found.select("#need-results-table tbody tr").eachAttr("id")).contains("result-" + ba, "result-" + rs,
				"result-" + mk);
		assertThat(found.select("#result-" + mk).text()).contains("not among the project");
		assertThat(found.select("#link-form-" + ba + " label[for=share-" + ba + "]")).hasSize(1);

		assertThat(perform(link(page, ba, "FULL", "60", "Prison staff"), this.fx.at).getRedirectedUrl())
			.isEqualTo(page + "#links");
		assertThat(perform(link(page, rs, "PARTIAL", "40", null), this.fx.at).getRedirectedUrl())
			.isEqualTo(page + "#links");

		Document over = page(link(page, ba2, "PARTIAL", "10", null).param("q", this.fx.suffix), this.fx.at, 422);
		assertThat(over.select("#link-errors").text())
			.contains("The project's links already take 100% of its budget; this link can take at most 0%.");
		assertThat(over.select("#share-" + ba2).hasClass("is-invalid")).isTrue();
		assertThat(over.select("#share-" + ba2).val()).isEqualTo("10");
		assertThat(over.select("#linked-" + ba)).hasSize(1);

		Document notBenefiting = page(link(page, mk, "FULL", null, null), this.fx.at, 422);
		assertThat(notBenefiting.select("#link-errors").text())
			.contains("is a need of MK, which the project does not benefit; add MK to its beneficiaries first.");

		Document linked = page(get(page), this.fx.at, 200);
		assertThat(linked.select("#links-table tbody tr").eachAttr("id")).containsExactly("link-" + ba, "link-" + rs);
		assertThat(linked.select("#link-" + ba).text()).contains(this.fx.unique("BA prison staff"))
			.contains("Bosnia and Herzegovina")
			.contains("Full")
			.contains("60.00%")
			.contains("Prison staff");
		assertThat(linked.select("#link-" + rs).text()).contains("Serbia").contains("Partial").contains("40.00%");
		assertThat(linked.select("#link-" + ba + " a[href=/needs/" + ba + "]")).hasSize(1);
		assertThat(page(get("/needs/" + ba), this.fx.ba, 200).select("#need-project-" + project.id()).text())
			.contains(project.title())
			.contains("60.00%");

		assertThat(perform(post(page + "/links/" + rs + "/delete"), this.fx.at).getRedirectedUrl())
			.isEqualTo(page + "#links");
		assertThat(page(get(page), this.fx.at, 200).select("#links-table tbody tr").eachAttr("id"))
			.containsExactly("link-" + ba);
		assertThat(status(post(page + "/links/" + ba + "/delete"), this.fx.si)).isEqualTo(403);
	}

	@Test
	void theNeedSearchListsOnlyNeedsTheUserMaySee() throws Exception {
		String open = this.fx.unique("MK open need");
		String restricted = this.fx.unique("MK restricted need");
		String draft = this.fx.unique("MK draft need");
		long openId = this.fx.need(this.needEditing, this.needReview, this.fx.mk, "MK", open, false, false);
		long restrictedId = this.fx.need(this.needEditing, this.needReview, this.fx.mk, "MK", restricted, true, false);
		long draftId = this.fx.need(this.needEditing, this.needReview, this.fx.mk, "MK", draft, false, true);
		ProjectView marriProject = this.fx.project(this.registry, this.fx.marri, "MARRI",
				this.fx.unique("MARRI project"), List.of("MK"), true, 2021);
		ProjectView atProject = this.fx.project(this.registry, this.fx.at, "AT", this.fx.unique("AT project"),
				List.of("MK"), true, 2021);

		Document outsider = page(get("/projects/" + marriProject.id() + "/need-search").param("partner", "MK")
			.param("q", this.fx.suffix)
			.param("search", "1"), this.fx.marri, 200);
		assertThat(outsider.select("#need-results-table tbody tr").eachAttr("id")).contains("result-" + openId)
			.doesNotContain("result-" + restrictedId, "result-" + draftId);
		assertThat(outsider.text()).doesNotContain(restricted).doesNotContain(draft);
		// Linking a need the user may not see is refused as if it did not exist.
		assertThat(page(link("/projects/" + marriProject.id(), restrictedId, "FULL", null, null), this.fx.marri, 422)
			.select("#link-errors")
			.text()).contains("There is no need " + restrictedId + " that you may see.");

		MockHttpServletResponse fragment = this.mvc
			.perform(get("/projects/" + atProject.id() + "/need-search").param("partner", "mk")
				.param("q", this.fx.suffix)
				.header("HX-Request", "true")
				.with(user(this.fx.at)))
			.andReturn()
			.getResponse();
		assertThat(fragment.getStatus()).isEqualTo(200);
		assertThat(fragment.getContentAsString()).doesNotContain("<html").contains("id=\"need-results\"");
		Document member = Jsoup.parse(fragment.getContentAsString());
		assertThat(member.select("#need-results-table tbody tr").eachAttr("id"))
			.contains("result-" + openId, "result-" + restrictedId)
			.doesNotContain("result-" + draftId);

		// A link to a need the reader may not see is only counted on the project's page.
		assertThat(perform(link("/projects/" + atProject.id(), restrictedId, "PARTIAL", null, null), this.fx.at)
			.getRedirectedUrl()).isEqualTo("/projects/" + atProject.id() + "#links");
		Document counted = page(get("/projects/" + atProject.id()), this.fx.marri, 200);
		assertThat(counted.select("#hidden-links").text()).isEqualTo("1 more link to a need you may not see.");
		assertThat(counted.text()).doesNotContain(restricted);
		assertThat(page(get("/projects/" + atProject.id()), this.fx.at, 200).select("#link-" + restrictedId))
			.hasSize(1);
	}

	private static MockHttpServletRequestBuilder link(String page, long need, String coverage, String share,
			String note) {
		MockHttpServletRequestBuilder request = post(page + "/links").param("needId", String.valueOf(need))
			.param("coverage", coverage)
			.param("search", "1");
		if (share != null) {
			request.param("sharePercent", share);
		}
		if (note != null) {
			request.param("note", note);
		}
		return request;
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
