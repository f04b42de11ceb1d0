package com.wbiisg.mapping.responses.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.responses.ProjectFact;
import com.wbiisg.mapping.responses.ProjectFacts;
import com.wbiisg.mapping.responses.ProjectFixtures;
import com.wbiisg.mapping.responses.ProjectLinkView;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reading the links or facts of many needs or projects at once by going through all of
 * them (as a report of a whole cycle does) gives what reading them by lists of ids gives:
 * here every link is gone through three at a time, so that pages end within a project's
 * links and one project has more links than a page holds.
 */
@IntegrationTest
class ProjectFactsCatalogueIntegrationTests {

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

	@Autowired
	ProjectRepository projects;

	@Autowired
	ProjectLinkRepository links;

	@Autowired
	ProjectSessionRepository session;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ProjectFacts facts;

	@Test
	void goingThroughAllReadsWhatListsOfIdsRead() throws Exception {
		NeedFixtures needs = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		ProjectFixtures fixtures = new ProjectFixtures(this.mvc, needs, this.membership);
		long cycle = needs.openCycle();
		List<Long> needIds = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			needIds.add(fixtures.submittedNeed(cycle, "MK", false));
		}
		long four = fixtures.project("Four links", "MK");
		for (int i = 0; i < 4; i++) {
			fixtures.link(Who.GROUP_MEMBER, four, needIds.get(i), "partial", (i == 0) ? "40" : "null")
				.andExpect(status().isCreated());
		}
		long two = fixtures.project("Two links", "MK");
		fixtures.link(Who.GROUP_MEMBER, two, needIds.get(0), "full", "null").andExpect(status().isCreated());
		fixtures.link(Who.GROUP_MEMBER, two, needIds.get(4), "partial", "30").andExpect(status().isCreated());
		long one = fixtures.project("One link", "MK");
		fixtures.link(Who.GROUP_MEMBER, one, needIds.get(2), "full", "null").andExpect(status().isCreated());
		fixtures.project("No link", "MK");
		ProjectFactsCatalogue throughAll = new ProjectFactsCatalogue(this.projects, this.links, this.session, 0, 3);
		TransactionTemplate reading = new TransactionTemplate(this.transactions);
		reading.setReadOnly(true);

		List<ProjectLinkView> gone = new ArrayList<>();
		reading.executeWithoutResult((status) -> throughAll.forEachLinkOfNeeds(needIds, gone::add));
		List<ProjectLinkView> listed = this.facts.linksOfNeeds(needIds)
			.values()
			.stream()
			.flatMap(List::stream)
			.toList();
		assertThat(gone).hasSize(7).containsExactlyInAnyOrderElementsOf(listed);
		assertThat(gone).filteredOn((link) -> link.projectId() == four)
			.extracting(ProjectLinkView::effectiveSharePercent)
			.extracting((share) -> share.stripTrailingZeros().toPlainString())
			.containsExactlyInAnyOrder("40", "20", "20", "20");

		List<Long> all = reading.execute((status) -> this.projects.findAll().stream().map(Project::getId).toList());
		List<ProjectFact> read = new ArrayList<>();
		reading.executeWithoutResult((status) -> throughAll.forEachFact(all, read::add));
		assertThat(read)
			.isEqualTo(this.facts.facts(all).stream().sorted(Comparator.comparingLong(ProjectFact::id)).toList());
		assertThat(read).extracting(ProjectFact::id).contains(four, two, one);
	}

}
