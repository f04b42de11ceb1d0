package com.wbiisg.mapping.responses.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectInput;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;

/**
 * The project checks' texts that put several values into words.
 */
class ProjectRulesTests {

	private final ProjectRules rules = new ProjectRules(mock(Membership.class), mock(Frameworks.class),
			mock(ProjectRepository.class));

	private final ReferenceCatalogue catalogue = new ReferenceCatalogue(() -> Set.of(1L), Set.of("AL", "MK"),
			Map.of("WBCTI", "WBCTi", "WBCSCI", "WBCSCi", "WBBSI", "WBBSi"), (initiative) -> Set.of());

	private final ProjectViewer secretariat = new ProjectViewer("secretariat", Role.SECRETARIAT, null, null);

	@Test
	void refusesAPillarOfNoneOfTheInitiativesNamingThemAll() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.rules.check(project(List.of("WBCTi", "WBCSCi", "WBBSi"), LocalDate.of(2021, 1, 1)),
					this.secretariat, null, this.catalogue, (identifier) -> Optional.empty()))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(InvalidInputException.FieldProblem::message)
				.containsExactly("PRE is not a pillar of WBBSi or WBCSCi or WBCTi.",
						"The end date 2020-12-31 is before the start date 2021-01-01."));
	}

	private static ProjectInput project(List<String> initiatives, LocalDate start) {
		return new ProjectInput("Prison reform", null, null, null,
				List.of(new ProjectInput.Participation(1L, OrganisationRole.FUNDING)), List.of("AL"), initiatives,
				List.of("PRE"), null, null, null, null, start, start.minusDays(1), null, null,
				ProjectStatus.IMPLEMENTATION, null, null);
	}

}
