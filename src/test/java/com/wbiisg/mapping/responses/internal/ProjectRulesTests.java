package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
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
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;

/**
 * The project checks' texts that put several values into words, and the order and names
 * of the problems of the fields checked alone among the others.
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

	@Test
	void namesTheProblemsOfMoneyYearsAndStatusUnderTheirFieldsInTheirOrder() {
		ProjectInput input = new ProjectInput("Prison reform", null, "XM DAC", null,
				List.of(new ProjectInput.Participation(1L, OrganisationRole.FUNDING)), List.of("AL"), List.of("WBCTi"),
				List.of(), new BigDecimal("-1"), " euro ", null,
				List.of(new ProjectInput.FundingLine(null, new BigDecimal("1.005"), 1800)), null, null, null, null,
				null, List.of(1800, 2021, 2200), null);

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(
				() -> this.rules.check(input, this.secretariat, null, this.catalogue, (identifier) -> Optional.empty()))
			.satisfies((ex) -> assertThat(ex.problems())
				.extracting(InvalidInputException.FieldProblem::field, InvalidInputException.FieldProblem::message)
				.containsExactly(tuple("iatiIdentifier",
						"An IATI identifier has no spaces and none of / & | ?, such as XM-DAC-41114-PROJECT-00123."),
						tuple("budget.amount", "An amount is not negative."),
						tuple("budget.currency",
								"Unknown currency euro; use an ISO 4217 code such as EUR, GBP or USD."),
						tuple("budget.eurRate", "Give the rate to EUR: how many euros one EURO is worth."),
						tuple("funding", "Give the stage of each amount: pledged, committed or disbursed."),
						tuple("funding", "An amount has at most two decimals."),
						tuple("funding", "A funding year lies between 1990 and 2100."),
						tuple("status",
								"Choose the status: pipeline, implementation, finalisation, closed, cancelled or suspended."),
						tuple("reportingYears", "A reporting year lies between 1990 and 2100."),
						tuple("reportingYears", "A reporting year lies between 1990 and 2100.")));
	}

	@Test
	void asksWhetherAnotherProjectHoldsAnIatiIdentifierOnlyWhenItHasTheFormOfOne() {
		ProjectInput tooLong = new ProjectInput("Prison reform", null, "X".repeat(151), null,
				List.of(new ProjectInput.Participation(1L, OrganisationRole.FUNDING)), List.of("AL"), List.of("WBCTi"),
				List.of(), null, null, null, null, null, null, null, null, ProjectStatus.IMPLEMENTATION, null, null);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.rules.check(tooLong, this.secretariat, null, this.catalogue,
					(identifier) -> Optional.of(7L)))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(InvalidInputException.FieldProblem::message)
				.containsExactly("At most 150 characters.",
						"The IATI identifier " + "X".repeat(151) + " is already used by project 7."));
	}

	private static ProjectInput project(List<String> initiatives, LocalDate start) {
		return new ProjectInput("Prison reform", null, null, null,
				List.of(new ProjectInput.Participation(1L, OrganisationRole.FUNDING)), List.of("AL"), initiatives,
				List.of("PRE"), null, null, null, null, start, start.minusDays(1), null, null,
				ProjectStatus.IMPLEMENTATION, null, null);
	}

}
