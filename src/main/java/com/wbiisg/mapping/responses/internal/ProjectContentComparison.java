package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import com.wbiisg.mapping.responses.ProjectView;
import org.jspecify.annotations.Nullable;

/**
 * Whether an imported row would change a project: its content compared with the project's
 * view field by field, sets as sets and amounts without trailing zeros, so that a
 * template downloaded and uploaded unchanged counts as unchanged.
 */
final class ProjectContentComparison {

	private ProjectContentComparison() {
	}

	static boolean same(ProjectView before, ProjectContent content) {
		List<Object> after = List.of(content.title(), Objects.toString(content.description(), ""),
				Objects.toString(content.iatiIdentifier(), ""), content.reportingOrganisationId(),
				new HashSet<>(content.organisations()
					.stream()
					.map((participant) -> participant.organisationId() + ":" + participant.role())
					.toList()),
				new HashSet<>(content.partners()), new HashSet<>(content.initiatives()),
				new HashSet<>(content.pillars()), amount(content.budgetAmount()), content.currency(),
				amount(content.eurRate()),
				content.funding()
					.stream()
					.map((line) -> line.stage() + ":" + amount(line.amount()) + ":" + line.year())
					.sorted()
					.toList(),
				Objects.toString(content.plannedStart(), ""), Objects.toString(content.plannedEnd(), ""),
				Objects.toString(content.actualStart(), ""), Objects.toString(content.actualEnd(), ""),
				content.status(), new HashSet<>(content.reportingYears()), content.publicListed());
		return canonical(before).equals(after);
	}

	private static List<Object> canonical(ProjectView view) {
		return List.of(view.title(), Objects.toString(view.description(), ""),
				Objects.toString(view.iatiIdentifier(), ""), view.reportingOrganisationId(),
				new HashSet<>(view.organisations()
					.stream()
					.map((participant) -> participant.organisationId() + ":" + participant.role())
					.toList()),
				new HashSet<>(view.partners()), new HashSet<>(view.initiatives()), new HashSet<>(view.pillars()),
				amount(view.budget().amount()), view.budget().currency(), amount(view.budget().eurRate()),
				view.funding()
					.stream()
					.map((line) -> line.stage() + ":" + amount(line.amount()) + ":" + line.year())
					.sorted()
					.toList(),
				Objects.toString(view.plannedStart(), ""), Objects.toString(view.plannedEnd(), ""),
				Objects.toString(view.actualStart(), ""), Objects.toString(view.actualEnd(), ""), view.status(),
				new HashSet<>(view.reportingYears()), view.publicListed());
	}

	private static String amount(@Nullable BigDecimal amount) {
		return (amount == null) ? "" : amount.stripTrailingZeros().toPlainString();
	}

}
