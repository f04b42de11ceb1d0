package com.wbiisg.mapping.responses;

import java.util.UUID;
import java.util.concurrent.Callable;

import com.wbiisg.mapping.ModuleTestSettings;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The responses module with what it depends on and the web module: a project and each of
 * its links announce themselves when they are saved or deleted, through the module's API
 * as a member uses it.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "web")
@AutoConfigureMockMvc
@ModuleTestSettings
class ProjectEventsIntegrationTests {

	private final MockMvc mvc;

	private final NeedFixtures needs;

	private final ProjectFixtures projects;

	private long cycle;

	ProjectEventsIntegrationTests(MockMvc mvc, UserDetailsService users, AccountAdministration accounts,
			Membership membership, Frameworks frameworks) {
		this.mvc = mvc;
		this.needs = new NeedFixtures(mvc, users, accounts, membership, frameworks);
		this.projects = new ProjectFixtures(mvc, this.needs, membership);
	}

	@BeforeAll
	void openCycle() throws Exception {
		this.cycle = this.needs.openCycle();
	}

	@Test
	void announcesANewProjectWithTheIdItWasGiven(Scenario scenario) {
		scenario.stimulate(() -> call(() -> this.projects.project("Registered", "MK")))
			.andWaitForEventOfType(ProjectRegistered.class)
			.toArriveAndVerify((event, id) -> assertThat(event).isEqualTo(new ProjectRegistered(id)));
	}

	@Test
	void announcesAChangedProject(Scenario scenario) throws Exception {
		long project = this.projects.project("Changed", "MK");

		scenario
			.stimulate(() -> call(
					() -> this.mvc.perform(put("/api/v1/projects/" + project).with(this.needs.as(Who.GROUP_MEMBER))
						.contentType(MediaType.APPLICATION_JSON)
						.content(this.projects.body("Changed " + UUID.randomUUID(), "MK", "BA")
							.replaceFirst("}$", ", \"version\": 0}")))
						.andExpect(status().isOk())))
			.andWaitForEventOfType(ProjectChanged.class)
			.toArriveAndVerify((event) -> assertThat(event).isEqualTo(new ProjectChanged(project)));
	}

	@Test
	void announcesALinkToANeedAndItsRemoval(Scenario scenario) throws Exception {
		long project = this.projects.project("Linked", "MK");
		long need = this.projects.submittedNeed(this.cycle, "MK", false);

		scenario
			.stimulate(() -> call(() -> this.projects.link(Who.GROUP_MEMBER, project, need, "partial", "40")
				.andExpect(status().isCreated())))
			.andWaitForEventOfType(ProjectLinkedToNeed.class)
			.toArriveAndVerify(
					(event) -> assertThat(event).isEqualTo(new ProjectLinkedToNeed(project, need, Coverage.PARTIAL)));
		scenario
			.stimulate(() -> call(() -> this.mvc
				.perform(delete("/api/v1/projects/" + project + "/links/" + need).with(this.needs.as(Who.GROUP_MEMBER)))
				.andExpect(status().isNoContent())))
			.andWaitForEventOfType(ProjectUnlinkedFromNeed.class)
			.toArriveAndVerify((event) -> assertThat(event).isEqualTo(new ProjectUnlinkedFromNeed(project, need)));
	}

	private static <T> T call(Callable<T> request) {
		try {
			return request.call();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
