package com.wbiisg.mapping.framework;

import java.time.LocalDate;
import java.util.function.Supplier;

import com.wbiisg.mapping.ModuleTestSettings;
import com.wbiisg.mapping.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The framework module with what it depends on (and the web module, whose clock they
 * use): a version announces its adoption, with the decision, when it is saved.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "web")
@ModuleTestSettings
class FrameworkEventsIntegrationTests {

	private final FrameworkEditor editor;

	FrameworkEventsIntegrationTests(FrameworkEditor editor) {
		this.editor = editor;
	}

	@Test
	void announcesTheAdoptionOfAVersionWithItsDecision(Scenario scenario) {
		FrameworkSummary draft = asSecretariat(
				() -> this.editor.createDraft(new DraftInput("WBBSi", "2031-2032", null)));
		LocalDate decidedOn = LocalDate.of(2031, 3, 4);

		scenario.stimulate(() -> asSecretariat(() -> this.editor.adopt(draft.id(), decidedOn, " 9th IISG Board ")))
			.andWaitForEventOfType(FrameworkAdopted.class)
			.toArriveAndVerify((event) -> assertThat(event).isEqualTo(new FrameworkAdopted(draft.id(), "WBBSi",
					draft.cycle(), draft.version(), decidedOn, "9th IISG Board")));
	}

	private static <T> T asSecretariat(Supplier<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("framework-events", null,
					AuthorityUtils.createAuthorityList(Role.SECRETARIAT.authority())));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
