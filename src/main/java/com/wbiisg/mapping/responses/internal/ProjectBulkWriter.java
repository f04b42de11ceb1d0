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
 * batch ({@link BulkRows}) instead of a few per project. The entity's identity key would
 * make Hibernate insert projects one by one.
 */
@Repository
class ProjectBulkWriter {

	private static final List<BulkRows.Column> PROJECT = List.of(new BulkRows.Column("title", "varchar"),
			new BulkRows.Column("description", "varchar"), new BulkRows.Column("iati_identifier", "varchar"),
			new BulkRows.Column("iati_key", "varchar"), new BulkRows.Column("reporting_org_id", "bigint"),
			new BulkRows.Column("budget_amount", "numeric"), new BulkRows.Column("currency", "varchar"),
			new BulkRows.Column("eur_rate", "numeric"), new BulkRows.Column("planned_start", "date"),
			new BulkRows.Column("planned_end", "date"), new BulkRows.Column("actual_start", "date"),
			new BulkRows.Column("actual_end", "date"), new BulkRows.Column("status", "varchar"),
			new BulkRows.Column("public_listed", "boolean"), new BulkRows.Column("created_by", "varchar"),
			new BulkRows.Column("created_at", "timestamptz"), new BulkRows.Column("updated_at", "timestamptz"),
			new BulkRows.Column("version", "bigint"));

	private static final List<BulkRows.Column> ORGANISATION = List.of(new BulkRows.Column("project_id", "bigint"),
			new BulkRows.Column("position", "integer"), new BulkRows.Column("organisation_id", "bigint"),
			new BulkRows.Column("org_role", "varchar"));

	private static final List<BulkRows.Column> PARTNER = List.of(new BulkRows.Column("project_id", "bigint"),
			new BulkRows.Column("partner_code", "varchar"));

	private static final List<BulkRows.Column> INITIATIVE = List.of(new BulkRows.Column("project_id", "bigint"),
			new BulkRows.Column("initiative_code", "varchar"));

	private static final List<BulkRows.Column> PILLAR = List.of(new BulkRows.Column("project_id", "bigint"),
			new BulkRows.Column("pillar_code", "varchar"));

	private static final List<BulkRows.Column> YEAR = List.of(new BulkRows.Column("project_id", "bigint"),
			new BulkRows.Column("reporting_year", "integer"));

	private static final List<BulkRows.Column> FUNDING = List.of(new BulkRows.Column("project_id", "bigint"),
			new BulkRows.Column("position", "integer"), new BulkRows.Column("stage", "varchar"),
			new BulkRows.Column("amount", "numeric"), new BulkRows.Column("funding_year", "integer"));

	private static final List<BulkRows.Column> SECTOR = List.of(new BulkRows.Column("project_id", "bigint"),
			new BulkRows.Column("position", "integer"), new BulkRows.Column("vocabulary", "varchar"),
			new BulkRows.Column("code", "varchar"), new BulkRows.Column("percentage", "numeric"));

	private static final List<BulkRows.Column> NARRATIVE = List.of(new BulkRows.Column("project_id", "bigint"),
			new BulkRows.Column("position", "integer"), new BulkRows.Column("element", "varchar"),
			new BulkRows.Column("narrative_type", "varchar"), new BulkRows.Column("lang", "varchar"),
			new BulkRows.Column("text", "varchar"));

	private final BulkRows rows;

	private final NamedParameterJdbcTemplate named;

	ProjectBulkWriter(JdbcTemplate jdbc) {
		this.rows = new BulkRows(jdbc);
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/**
	 * A checked project to register, with what IATI says of it beyond its content.
	 */
	record NewProject(ProjectContent content, List<IatiProjectRecord.Sector> sectors,
			List<IatiProjectRecord.Narrative> narratives) {
	}

	/**
	 * Registers the projects as entered by {@code by} at {@code at} and answers their ids
	 * in the order given.
	 */
	List<Long> insert(List<NewProject> projects, String by, Instant at) {
		List<@Nullable Object[]> projectRows = new ArrayList<>(projects.size());
		for (NewProject project : projects) {
			ProjectContent c = project.content();
			projectRows
				.add(new Object[] { c.title(), c.description(), c.iatiIdentifier(), Project.iatiKey(c.iatiIdentifier()),
						c.reportingOrganisationId(), c.budgetAmount(), c.currency(), c.eurRate(), c.plannedStart(),
						c.plannedEnd(), c.actualStart(), c.actualEnd(), c.status(), c.publicListed(), by, at, at, 0L });
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
			ProjectBulkWriter.this.rows.insert("project_sector", SECTOR, this.sectors);
			ProjectBulkWriter.this.rows.insert("project_narrative", NARRATIVE, this.narratives);
		}

	}

}
