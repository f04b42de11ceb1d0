package com.wbiisg.mapping.identity;

import java.util.List;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static com.wbiisg.mapping.support.FullSignIn.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The menus of the page layout follow the role of who is signed in: each role sees the
 * entries it may use, observers only the calendar, visitors no menu at all.
 */
@IntegrationTest
class LayoutNavigationIntegrationTests {

	private static final List<String> ROLE_ENTRIES = List.of("/needs/ours", "/needs/review", "/projects/portfolio",
			"/responses/rounds", "/imports", "/admin/users");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private AccountAdministration accounts;

	@Autowired
	private Membership membership;

	@Autowired
	private Frameworks frameworks;

	private NeedFixtures fx;

	@BeforeEach
	void prepare() {
		this.fx = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
	}

	@Test
	void eachRoleSeesTheMenuEntriesItMayUse() throws Exception {
		assertThat(entries(this.fx.as(Who.SECRETARIAT))).containsExactly("/needs/ours", "/needs/review",
				"/responses/rounds", "/imports", "/admin/users");
		assertThat(entries(this.fx.as(Who.BOARD))).containsExactly("/responses/rounds");
		assertThat(entries(this.fx.as(Who.OWNER))).containsExactly("/needs/ours", "/imports");
		assertThat(entries(this.fx.as(Who.PILLAR_LEAD))).containsExactly("/needs/review", "/projects/portfolio",
				"/imports");
	}

	@Test
	void membersSeeTheMembersMenusAndTheirNameObserversOnlyTheCalendar() throws Exception {
		Document member = page(this.fx.as(Who.BOARD));
		assertThat(member.select("#main-nav a[href=/dashboard]")).hasSize(1);
		assertThat(member.select("#main-nav strong").text()).isEqualTo(this.fx.username(Who.BOARD));

		String observer = TestAccounts.create(this.accounts, "observer", Role.OBSERVER).getUsername();
		Document observers = page(user(this.users.loadUserByUsername(observer)));
		assertThat(observers.select("#main-nav a[href=/calendar]")).hasSize(1);
		assertThat(observers.select("#main-nav a[href=/dashboard], #main-nav a[href=/needs]")).isEmpty();
		assertThat(observers.select("#main-nav strong").text()).isEqualTo(observer);
	}

	@Test
	void visitorsSeeNoMenu() throws Exception {
		Document login = Jsoup.parse(this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString());
		assertThat(login.select("#main-nav")).isEmpty();
		assertThat(login.select("form[action=/logout]")).isEmpty();
	}

	private List<String> entries(RequestPostProcessor as) throws Exception {
		return page(as).select("#main-nav a")
			.stream()
			.map((link) -> link.attr("href"))
			.filter(ROLE_ENTRIES::contains)
			.toList();
	}

	private Document page(RequestPostProcessor as) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/calendar").with(as)).andReturn().getResponse().getContentAsString());
	}

}
