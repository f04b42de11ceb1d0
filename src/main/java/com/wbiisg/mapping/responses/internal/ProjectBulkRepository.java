package com.wbiisg.mapping.responses.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.responses.IatiProjectRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the projects of an import in bulk: new projects with all their collections, and
 * the IATI sectors and texts of changed ones, a few statements per table for a whole
 * batch ({@link BulkRowRepository}) instead of a few per project: the entity's identity
 * key would make Hibernate insert projects one by one.
 */
@Repository
class ProjectBulkRepository {

	private static final List<BulkRowRepository.Column> PROJECT = List.of(
			new BulkRowRepository.Column("title", "varchar"), new BulkRowRepository.Column("description", "varchar"),
			new BulkRowRepository.Column("iati_identifier", "varchar"),
			new BulkRowRepository.Column("iati_key", "varchar"),
			new BulkRowRepository.Column("reporting_org_id", "bigint"),
			new BulkRowRepository.Column("budget_amount", "numeric"),
			new BulkRowRepository.Column("currency", "varchar"), new BulkRowRepository.Column("eur_rate", "numeric"),
			new BulkRowRepository.Column("planned_start", "date"), new BulkRowRepository.Column("planned_end", "date"),
			new BulkRowRepository.Column("actual_start", "date"), new BulkRowRepository.Column("actual_end", "date"),
			new BulkRowRepository.Column("status", "varchar"), new BulkRowRepository.Column("public_listed", "boolean"),
			new BulkRowRepository.Column("created_by", "varchar"),
			new BulkRowRepository.Column("created_at", "timestamptz"),
			new BulkRowRepository.Column("updated_at", "timestamptz"),
			new BulkRowRepository.Column("version", "bigint"),
			new BulkRowRepository.Column("iati_fingerprint", "varchar"),
			new BulkRowRepository.Column("iati_fingerprint_version", "bigint"));

	private static final List<BulkRowRepository.Column> ORGANISATION = List.of(
			new BulkRowRepository.Column("project_id", "bigint"), new BulkRowRepository.Column("position", "integer"),
			new BulkRowRepository.Column("organisation_id", "bigint"),
			new BulkRowRepository.Column("org_role", "varchar"));

	private static final List<BulkRowRepository.Column> PARTNER = List.of(
			new BulkRowRepository.Column("project_id", "bigint"),
			new BulkRowRepository.Column("partner_code", "varchar"));

	private static final List<BulkRowRepository.Column> INITIATIVE = List.of(
			new BulkRowRepository.Column("project_id", "bigint"),
			new BulkRowRepository.Column("initiative_code", "varchar"));

	private static final List<BulkRowRepository.Column> PILLAR = List.of(
			new BulkRowRepository.Column("project_id", "bigint"),
			new BulkRowRepository.Column("pillar_code", "varchar"));

	private static final List<BulkRowRepository.Column> YEAR = List.of(
			new BulkRowRepository.Column("project_id", "bigint"),
			new BulkRowRepository.Column("reporting_year", "integer"));

	private static final List<BulkRowRepository.Column> FUNDING = List.of(
			new BulkRowRepository.Column("project_id", "bigint"), new BulkRowRepository.Column("position", "integer"),
			new BulkRowRepository.Column("stage", "varchar"), new BulkRowRepository.Column("amount", "numeric"),
			new BulkRowRepository.Column("funding_year", "integer"));

	private static final List<BulkRowRepository.Column> SECTOR = List.of(
			new BulkRowRepository.Column("project_id", "bigint"), new BulkRowRepository.Column("position", "integer"),
			new BulkRowRepository.Column("vocabulary", "varchar"), new BulkRowRepository.Column("code", "varchar"),
			new BulkRowRepository.Column("percentage", "numeric"));

	private static final List<BulkRowRepository.Column> NARRATIVE = List.of(
			new BulkRowRepository.Column("project_id", "bigint"), new BulkRowRepository.Column("position", "integer"),
			new BulkRowRepository.Column("element", "varchar"),
			new BulkRowRepository.Column("narrative_type", "varchar"), new BulkRowRepository.Column("lang", "varchar"),
			new BulkRowRepository.Column("text", "varchar"));

	private final BulkRowRepository rows;

	private final NamedParameterJdbcTemplate named;

	ProjectBulkRepository(BulkRowRepository rows, JdbcTemplate jdbc) {
		this.rows = rows;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/**
	 * A checked project to register, with what IATI says of it beyond its content and the
	 * fingerprint of its record ({@link IatiFingerprint}), recorded at its first version.
	 */
	record NewProject(ProjectContent content, List<IatiProjectRecord.Sector> sectors,
			List<IatiProjectRecord.Narrative> narratives, String fingerprint) {
	}

	/**
	 * Registers the projects as entered by {@code by} at {@code at} and answers their ids
	 * in the order given.
	 */
	List<Long> insert(List<NewProject> projects, String by, Instant at) {
		List<@Nullable Object[]> projectRows = new ArrayList<>(projects.size());
		for (NewProject project : projects) {
			ProjectContent c = project.content();
			projectRows.add(new Object[] { c.title(), c.description(), c.iatiIdentifier(),
					Project.iatiKey(c.iatiIdentifier()), c.reportingOrganisationId(), c.budgetAmount(), c.currency(),
					c.eurRate(), c.plannedStart(), c.plannedEnd(), c.actualStart(), c.actualEnd(), c.status(),
					c.publicListed(), by, at, at, 0L, project.fingerprint(), 0L });
		}
		List<Long> ids = this.rows.insertWithIds("project", PROJECT, projectRows);
		Children children = new Children();
		for (int i = 0; i < projects.size(); i++) {
			long id = ids.get(i);
			ProjectContent c = projects.get(i).content();
			int position = 0;
			for (ProjectContent.Participant participant : c.organisations()) {
				children.organisations
					.add(new Object[] { id, position++, participant.organisationId(), participant.role() });
			}
			c.partners().forEach((partner) -> children.partners.add(new Object[] { id, partner }));
			c.initiatives().forEach((initiative) -> children.initiatives.add(new Object[] { id, initiative }));
			c.pillars().forEach((pillar) -> children.pillars.add(new Object[] { id, pillar }));
			c.reportingYears().forEach((year) -> children.years.add(new Object[] { id, year }));
			position = 0;
			for (ProjectContent.Funding line : c.funding()) {
				children.funding.add(new Object[] { id, position++, line.stage(), line.amount(), line.year() });
			}
			children.extras(id, projects.get(i).sectors(), projects.get(i).narratives());
		}
		this.rows.insert("project_organisation", ORGANISATION, children.organisations);
		this.rows.insert("project_partner", PARTNER, children.partners);
		this.rows.insert("project_initiative", INITIATIVE, children.initiatives);
		this.rows.insert("project_pillar", PILLAR, children.pillars);
		this.rows.insert("project_year", YEAR, children.years);
		this.rows.insert("project_funding", FUNDING, children.funding);
		children.insertExtras();
		return ids;
	}

	/**
	 * Replaces the IATI sectors and texts of changed projects with those of their
	 * records.
	 */
	void replaceExtras(Map<Long, IatiProjectRecord> records) {
		if (records.isEmpty()) {
			return;
		}
		Map<String, Object> ids = Map.of("ids", records.keySet());
		this.named.update("delete from project_sector where project_id in (:ids)", ids);
		this.named.update("delete from project_narrative where project_id in (:ids)", ids);
		Children children = new Children();
		records.forEach((id, record) -> children.extras(id, record.sectors(), record.narratives()));
		children.insertExtras();
	}

	/**
	 * The rows of the collections of many projects, gathered to be inserted table by
	 * table.
	 */
	private final class Children {

		final List<@Nullable Object[]> organisations = new ArrayList<>();

		final List<@Nullable Object[]> partners = new ArrayList<>();

		final List<@Nullable Object[]> initiatives = new ArrayList<>();

		final List<@Nullable Object[]> pillars = new ArrayList<>();

		final List<@Nullable Object[]> years = new ArrayList<>();

		final List<@Nullable Object[]> funding = new ArrayList<>();

		final List<@Nullable Object[]> sectors = new ArrayList<>();

		final List<@Nullable Object[]> narratives = new ArrayList<>();

		void extras(long id, List<IatiProjectRecord.Sector> projectSectors,
				List<IatiProjectRecord.Narrative> projectNarratives) {
			int position = 0;
			for (IatiProjectRecord.Sector sector : projectSectors) {
				this.sectors
					.add(new Object[] { id, position++, sector.vocabulary(), sector.code(), sector.percentage() });
			}
			position = 0;
			for (IatiProjectRecord.Narrative narrative : projectNarratives) {
				this.narratives.add(new Object[] { id, position++, narrative.element(), narrative.type(),
						narrative.language(), narrative.text() });
			}
		}

		void insertExtras() {
			ProjectBulkRepository.this.rows.insert("project_sector", SECTOR, this.sectors);
			ProjectBulkRepository.this.rows.insert("project_narrative", NARRATIVE, this.narratives);
		}

	}

}
