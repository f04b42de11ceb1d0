package com.wbiisg.mapping.needs;

import java.math.BigDecimal;
import java.util.List;

import com.wbiisg.mapping.ModuleTestSettings;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.needs.internal.NeedEditing;
import com.wbiisg.mapping.needs.internal.NeedReview;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The needs module with what it depends on and the web module (its clock and error
 * answers): every change of a need is announced by the need itself, once, when it is
 * saved, and an import announces its needs in one event, not need by need.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "web")
@AutoConfigureMockMvc
@ModuleTestSettings
@RecordApplicationEvents
class NeedEventsIntegrationTests {

	private final NeedEditing editing;

	private final NeedReview review;

	private final NeedImports imports;

	private final NeedFixtures fixtures;

	private long cycle;

	NeedEventsIntegrationTests(MockMvc mvc, UserDetailsService users, AccountAdministration accounts,
			Membership membership, Frameworks frameworks, NeedEditing editing, NeedReview review, NeedImports imports) {
		this.editing = editing;
		this.review = review;
		this.imports = imports;
		this.fixtures = new NeedFixtures(mvc, users, accounts, membership, frameworks);
	}

	@BeforeAll
	void openCycle() throws Exception {
		this.cycle = this.fixtures.openCycle();
	}

	@Test
	void announcesANewNeedWithTheIdItWasGiven(Scenario scenario) {
		scenario.stimulate(() -> this.fixtures.signedIn(Who.OWNER, () -> this.editing.create(input("Entered"))))
			.andWaitForEventOfType(NeedEntered.class)
			.toArriveAndVerify((event, need) -> assertThat(event).isEqualTo(new NeedEntered(need.id(), this.cycle)));
	}

	@Test
	void announcesAChangeOfContentOnce(Scenario scenario) {
		NeedView need = this.fixtures.signedIn(Who.OWNER, () -> this.editing.create(input("Changed")));

		scenario
			.stimulate(() -> this.fixtures.signedIn(Who.OWNER,
					() -> this.editing.update(need.id(), need.version(), input("Changed again"))))
			.andWaitForEventOfType(NeedContentChanged.class)
			.toArriveAndVerify(
					(event, changed) -> assertThat(event).isEqualTo(new NeedContentChanged(need.id(), this.cycle)));
	}

	@Test
	void announcesAWorkflowStepWithWhoTookIt(Scenario scenario) {
		NeedView need = this.fixtures.signedIn(Who.OWNER, () -> this.editing.create(input("Submitted")));

		scenario
			.stimulate(() -> this.fixtures.signedIn(Who.OWNER,
					() -> this.review.transition(need.id(), NeedAction.SUBMIT, null, null)))
			.andWaitForEventOfType(NeedStatusChanged.class)
			.matchingMappedValue(NeedStatusChanged::needId, need.id())
			.toArriveAndVerify((event) -> assertThat(event)
				.isEqualTo(new NeedStatusChanged(need.id(), this.cycle, "MK", NeedAction.SUBMIT, NeedStatus.DRAFT,
						NeedStatus.SUBMITTED, this.fixtures.username(Who.OWNER), null)));
	}

	@Test
	void announcesAnImportInOneEventAndNotNeedByNeed(Scenario scenario, ApplicationEvents events) {
		NeedView changed = this.fixtures.signedIn(Who.OWNER, () -> this.editing.create(input("Imported over")));
		List<NeedImportBatch.Row> rows = List.of(row(null, "Imported new"), row(changed.id(), "Imported change"));

		scenario
			.stimulate(() -> this.fixtures.signedIn(Who.OWNER,
					() -> this.imports.apply(new NeedImportBatch(this.cycle, "MK", rows))))
			.andWaitForEventOfType(NeedsImported.class)
			.toArriveAndVerify((event, check) -> {
				assertThat(event.createdIds()).containsExactly(check.rows().get(0).needId());
				assertThat(event.updated()).containsExactly(changed.id());
			});
		assertThat(events.stream(NeedContentChanged.class)).noneMatch((event) -> event.needId() == changed.id());
	}

	private NeedInput input(String title) {
		return new NeedInput(this.cycle, "PRE.2.1", "MK", title, "A need of the events test.", NeedType.OPERATIONAL,
				Perspective.PREVENTION, Priority.HIGH, null, new BigDecimal("1000"), null, null, null, List.of(),
				false);
	}

	private static NeedImportBatch.Row row(Long needId, String title) {
		return new NeedImportBatch.Row(needId, null, "PRE.2.1", title, null, NeedType.OPERATIONAL,
				Perspective.PREVENTION, Priority.LOW, null, null, null, null, null, List.of(), false);
	}

}
