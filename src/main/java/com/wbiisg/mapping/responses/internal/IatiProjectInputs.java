package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import com.wbiisg.mapping.responses.IatiProjectRecord;
import com.wbiisg.mapping.responses.ProjectInput;
import com.wbiisg.mapping.responses.ProjectView;
import org.jspecify.annotations.Nullable;

/**
 * Turns an IATI record into the input every project goes through, keeping what IATI does
 * not say (initiatives, pillars, reporting years, public listing) from the existing
 * project; and tells whether checked content would change a project.
 */
final class IatiProjectInputs {

	private IatiProjectInputs() {
	}

	static ProjectInput input(IatiProjectRecord record, @Nullable ProjectView current) {
		List<ProjectInput.Participation> organisations = record.organisations()
			.stream()
			.map((participant) -> new ProjectInput.Participation(participant.organisationId(), participant.role()))
			.toList();
		List<ProjectInput.FundingLine> funding = record.funding()
			.stream()
			.map((line) -> new ProjectInput.FundingLine(line.stage(), line.amount(), line.year()))
			.toList();
		List<String> initiatives = (record.initiatives() != null) ? record.initiatives()
				: (current != null) ? current.initiatives() : null;
		return new ProjectInput(record.title(), record.description(), record.iatiIdentifier(),
				record.reportingOrganisationId(), organisations, record.partners(), initiatives,
				(current != null) ? current.pillars() : null, record.budgetAmount(), record.currency(),
				record.eurRate(), funding, record.plannedStart(), record.plannedEnd(), record.actualStart(),
				record.actualEnd(), record.status(), (current != null) ? current.reportingYears() : null,
				(current != null) ? current.publicListed() : Boolean.TRUE);
	}

	/**
	 * Whether the project already holds this content.
	 */
	static boolean same(ProjectView current, ProjectContent content) {
		return current.title().equals(content.title()) && Objects.equals(current.description(), content.description())
				&& Objects.equals(current.iatiIdentifier(), content.iatiIdentifier())
				&& current.reportingOrganisationId() == content.reportingOrganisationId()
				&& current.organisations()
					.stream()
					.map((participant) -> new ProjectContent.Participant(participant.organisationId(),
							participant.role()))
					.toList()
					.equals(content.organisations())
				&& new HashSet<>(current.partners()).equals(content.partners())
				&& new HashSet<>(current.initiatives()).equals(content.initiatives())
				&& new HashSet<>(current.pillars()).equals(content.pillars())
				&& equal(current.budget().amount(), content.budgetAmount())
				&& current.budget().currency().equals(content.currency())
				&& equal(current.budget().eurRate(), content.eurRate()) && sameFunding(current, content)
				&& Objects.equals(current.plannedStart(), content.plannedStart())
				&& Objects.equals(current.plannedEnd(), content.plannedEnd())
				&& Objects.equals(current.actualStart(), content.actualStart())
				&& Objects.equals(current.actualEnd(), content.actualEnd()) && current.status() == content.status()
				&& new HashSet<>(current.reportingYears()).equals(content.reportingYears())
				&& current.publicListed() == content.publicListed();
	}

	/**
	 * Whether two lists of sectors say the same, percentages compared by value, not by
	 * scale.
	 */
	static boolean sameSectors(List<IatiProjectRecord.Sector> stored, List<IatiProjectRecord.Sector> given) {
		return normalised(stored).equals(normalised(given));
	}

	private static List<IatiProjectRecord.Sector> normalised(List<IatiProjectRecord.Sector> sectors) {
		return sectors.stream()
			.map((sector) -> new IatiProjectRecord.Sector(sector.vocabulary(), sector.code(),
					(sector.percentage() == null) ? null : sector.percentage().stripTrailingZeros()))
			.toList();
	}

	private static boolean sameFunding(ProjectView current, ProjectContent content) {
		if (current.funding().size() != content.funding().size()) {
			return false;
		}
		for (int i = 0; i < current.funding().size(); i++) {
			ProjectView.Funding before = current.funding().get(i);
			ProjectContent.Funding after = content.funding().get(i);
			if (before.stage() != after.stage() || !equal(before.amount(), after.amount())
					|| !Objects.equals(before.year(), after.year())) {
				return false;
			}
		}
		return true;
	}

	private static boolean equal(@Nullable BigDecimal a, @Nullable BigDecimal b) {
		return (a == null) ? b == null : (b != null && a.compareTo(b) == 0);
	}

}
