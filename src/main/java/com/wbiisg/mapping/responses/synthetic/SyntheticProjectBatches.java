package com.wbiisg.mapping.responses.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows waiting to be written, flushed a few thousand at a time in the order the foreign
 * keys need.
 */
final class SyntheticProjectBatches {

	private static final int SIZE = 2000;

	private final SyntheticProjectRepository rows;

	private final List<Object[]> projects = new ArrayList<>();

	private final List<Object[]> organisations = new ArrayList<>();

	private final List<Object[]> partners = new ArrayList<>();

	private final List<Object[]> initiatives = new ArrayList<>();

	private final List<Object[]> pillars = new ArrayList<>();

	private final List<Object[]> years = new ArrayList<>();

	private final List<Object[]> funding = new ArrayList<>();

	private final List<Object[]> links = new ArrayList<>();

	SyntheticProjectBatches(SyntheticProjectRepository rows) {
		this.rows = rows;
	}

	void project(Object[] row) {
		this.projects.add(row);
		if (this.projects.size() == SIZE) {
			flush();
		}
	}

	void organisation(Object[] row) {
		this.organisations.add(row);
	}

	void partner(Object[] row) {
		this.partners.add(row);
	}

	void initiative(Object[] row) {
		this.initiatives.add(row);
	}

	void pillar(Object[] row) {
		this.pillars.add(row);
	}

	void year(Object[] row) {
		this.years.add(row);
	}

	void funding(Object[] row) {
		this.funding.add(row);
	}

	void link(Object[] row) {
		this.links.add(row);
	}

	void flush() {
		this.rows.insertProjects(this.projects);
		this.rows.insertOrganisations(this.organisations);
		this.rows.insertCodes("project_partner", "partner_code", this.partners);
		this.rows.insertCodes("project_initiative", "initiative_code", this.initiatives);
		this.rows.insertCodes("project_pillar", "pillar_code", this.pillars);
		this.rows.insertCodes("project_year", "reporting_year", this.years);
		this.rows.insertFunding(this.funding);
		this.rows.insertLinks(this.links);
		List.of(this.projects, this.organisations, this.partners, this.initiatives, this.pillars, this.years,
				this.funding, this.links)
			.forEach(List::clear);
	}

}
