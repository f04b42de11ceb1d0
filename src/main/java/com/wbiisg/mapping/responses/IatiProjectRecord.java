package com.wbiisg.mapping.responses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A project as an IATI activity describes it, with the organisations already found in (or
 * added to) the registry: what {@link IatiProjects#upsert} writes. Where the activity
 * says nothing (initiatives, pillars, reporting years, public listing) {@code null} keeps
 * what an existing project has, or takes the default for a new one.
 */
public record IatiProjectRecord(String iatiIdentifier, String title, @Nullable String description,
		long reportingOrganisationId, List<Participation> organisations, List<String> partners,
		@Nullable List<String> initiatives, @Nullable BigDecimal budgetAmount, String currency, BigDecimal eurRate,
		List<ProjectView.Funding> funding, @Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd,
		@Nullable LocalDate actualStart, @Nullable LocalDate actualEnd, ProjectStatus status, List<Sector> sectors,
		List<Narrative> narratives) {

	public IatiProjectRecord {
		organisations = List.copyOf(organisations);
		partners = List.copyOf(partners);
		initiatives = (initiatives == null) ? null : List.copyOf(initiatives);
		funding = List.copyOf(funding);
		sectors = List.copyOf(sectors);
		narratives = List.copyOf(narratives);
	}

	/**
	 * An organisation of the registry in one IATI role.
	 */
	public record Participation(long organisationId, OrganisationRole role) {
	}

	/**
	 * A sector: its IATI SectorVocabulary code (1 DAC 5-digit, 2 DAC 3-digit, …), code
	 * and share in percent.
	 */
	public record Sector(String vocabulary, String code, @Nullable BigDecimal percentage) {
	}

	/**
	 * One language of a title or description: {@code element} is {@code title} or
	 * {@code description}, {@code type} the IATI DescriptionType ("1" for titles).
	 */
	public record Narrative(String element, String type, String language, String text) {
	}

}
