package com.wbiisg.mapping.exchange.internal.templates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.wbiisg.mapping.exchange.ImportError;
import com.wbiisg.mapping.exchange.internal.ImportRejected;
import com.wbiisg.mapping.exchange.internal.templates.XlsxSheetReader.Cell;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.responses.Coverage;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectImportRow;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * Turns the projects sheet and the links sheet of a projects template into rows of the
 * responses module: organisations by short name, name or IATI identifier; links attached
 * to the project they name (by id, IATI identifier or title on the projects sheet).
 */
final class ProjectsWorkbookReader {

	/**
	 * A project row of the sheet with the places of its links on the links sheet.
	 */
	record ParsedProject(int row, ProjectImportRow data, Set<Integer> badColumns, List<Integer> linkRows) {
	}

	private record Project(int row, CellReading cells, ProjectImportRow data) {
	}

	private record Link(int row, String project, ProjectImportRow.NeedLink link) {
	}

	private final Map<String, Long> organisations = new HashMap<>();

	private final int maxRows;

	private final List<ImportError> errors = new ArrayList<>();

	private final List<Project> projects = new ArrayList<>();

	private final List<Link> links = new ArrayList<>();

	ProjectsWorkbookReader(List<Organisation> registry, int maxRows) {
		for (Organisation organisation : registry) {
			if (organisation.iatiIdentifier() != null) {
				this.organisations.put(organisation.iatiIdentifier().toUpperCase(Locale.ROOT), organisation.id());
			}
			this.organisations.put(organisation.name().toUpperCase(Locale.ROOT), organisation.id());
			this.organisations.put(organisation.shortName().toUpperCase(Locale.ROOT), organisation.id());
		}
		this.maxRows = maxRows;
	}

	List<ImportError> errors() {
		return this.errors;
	}

	void project(int row, Map<Integer, Cell> cells) {
		if (row <= 1 || blank(cells, ProjectsTemplateLayout.VERSION_COLUMN)) {
			return;
		}
		if (this.projects.size() >= this.maxRows) {
			throw new ImportRejected(
					UserText.of("exchange.projects.tooManyRows", ProjectsTemplateLayout.PROJECTS, this.maxRows)
						.english());
		}
		CellReading read = new CellReading(ProjectsTemplateLayout.PROJECTS, row, cells, this.errors);
		List<ProjectImportRow.Participation> participants = new ArrayList<>();
		participants(read, ProjectsTemplateLayout.FUNDERS, OrganisationRole.FUNDING, participants);
		participants(read, ProjectsTemplateLayout.ACCOUNTABLE, OrganisationRole.ACCOUNTABLE, participants);
		participants(read, ProjectsTemplateLayout.EXTENDING, OrganisationRole.EXTENDING, participants);
		participants(read, ProjectsTemplateLayout.IMPLEMENTERS, OrganisationRole.IMPLEMENTING, participants);
		Long reporting = null;
		String reportingName = read.text(ProjectsTemplateLayout.REPORTING);
		if (reportingName != null) {
			reporting = organisation(read, ProjectsTemplateLayout.REPORTING, reportingName);
		}
		List<Integer> years = new ArrayList<>();
		for (String year : read.list(ProjectsTemplateLayout.YEARS)) {
			try {
				years.add(Integer.parseInt(year));
			}
			catch (NumberFormatException ex) {
				read.error(ProjectsTemplateLayout.YEARS, UserText.of("exchange.projects.notYear", year));
			}
		}
		ProjectImportRow data = new ProjectImportRow(
				read.whole(ProjectsTemplateLayout.PROJECT_ID, UserText.of("exchange.cell.projectId")),
				read.whole(ProjectsTemplateLayout.VERSION_COLUMN, UserText.of("exchange.cell.version")),
				read.text(ProjectsTemplateLayout.IATI), read.text(ProjectsTemplateLayout.TITLE),
				read.text(ProjectsTemplateLayout.DESCRIPTION), reporting, participants,
				upper(read.list(ProjectsTemplateLayout.PARTNERS)), read.list(ProjectsTemplateLayout.INITIATIVES),
				upper(read.list(ProjectsTemplateLayout.PILLARS)),
				read.amount(ProjectsTemplateLayout.BUDGET, UserText.of("exchange.cell.budget")),
				read.text(ProjectsTemplateLayout.CURRENCY),
				read.amount(ProjectsTemplateLayout.EUR_RATE, UserText.of("exchange.cell.eurRate")), null,
				read.date(ProjectsTemplateLayout.PLANNED_START), read.date(ProjectsTemplateLayout.PLANNED_END),
				read.date(ProjectsTemplateLayout.ACTUAL_START), read.date(ProjectsTemplateLayout.ACTUAL_END),
				read.choice(ProjectsTemplateLayout.STATUS, ProjectStatus.class), years,
				read.yesNo(ProjectsTemplateLayout.PUBLIC), List.of());
		this.projects.add(new Project(row, read, data));
	}

	void link(int row, Map<Integer, Cell> cells) {
		if (row <= 1 || blank(cells, -1)) {
			return;
		}
		CellReading read = new CellReading(ProjectsTemplateLayout.LINKS, row, cells, this.errors);
		String project = read.text(ProjectsTemplateLayout.LINK_PROJECT);
		if (project == null) {
			read.error(ProjectsTemplateLayout.LINK_PROJECT, UserText.of("exchange.projects.linkProjectRequired"));
			return;
		}
		Long need = read.whole(ProjectsTemplateLayout.LINK_NEED, UserText.of("exchange.cell.needId"));
		if (need == null && read.badColumns().isEmpty()) {
			read.error(ProjectsTemplateLayout.LINK_NEED, UserText.of("exchange.projects.linkNeedRequired"));
		}
		Coverage coverage = read.choice(ProjectsTemplateLayout.LINK_COVERAGE, Coverage.class);
		if (coverage == null && !read.badColumns().contains(ProjectsTemplateLayout.LINK_COVERAGE)) {
			read.error(ProjectsTemplateLayout.LINK_COVERAGE, UserText.of("exchange.projects.linkCoverageRequired"));
		}
		BigDecimal share = read.amount(ProjectsTemplateLayout.LINK_SHARE, UserText.of("exchange.cell.share"));
		this.links.add(new Link(row, project,
				new ProjectImportRow.NeedLink(need, coverage, share, read.text(ProjectsTemplateLayout.LINK_NOTE))));
	}

	/**
	 * The projects with their links attached; a link to a project that is not on the
	 * projects sheet is an error of its row.
	 */
	List<ParsedProject> projects() {
		Map<Integer, List<Link>> byProject = new HashMap<>();
		for (Link link : this.links) {
			Integer index = find(link.project());
			if (index == null) {
				this.errors.add(new ImportError(ProjectsTemplateLayout.LINKS, link.row(), "A",
						UserText
							.of("exchange.projects.linkUnknownProject", link.project(), ProjectsTemplateLayout.PROJECTS)
							.english()));
			}
			else {
				byProject.computeIfAbsent(index, (key) -> new ArrayList<>()).add(link);
			}
		}
		List<ParsedProject> parsed = new ArrayList<>();
		for (int i = 0; i < this.projects.size(); i++) {
			Project project = this.projects.get(i);
			List<Link> own = byProject.getOrDefault(i, List.of());
			ProjectImportRow data = project.data();
			ProjectImportRow withLinks = new ProjectImportRow(data.projectId(), data.version(), data.iatiIdentifier(),
					data.title(), data.description(), data.reportingOrganisationId(), data.organisations(),
					data.partners(), data.initiatives(), data.pillars(), data.budgetAmount(), data.currency(),
					data.eurRate(), data.funding(), data.plannedStart(), data.plannedEnd(), data.actualStart(),
					data.actualEnd(), data.status(), data.reportingYears(), data.publicListed(),
					own.stream().map(Link::link).toList());
			parsed.add(new ParsedProject(project.row(), withLinks, project.cells().badColumns(),
					own.stream().map(Link::row).toList()));
		}
		return parsed;
	}

	private @Nullable Integer find(String key) {
		for (int i = 0; i < this.projects.size(); i++) {
			ProjectImportRow data = this.projects.get(i).data();
			if (key.equals(String.valueOf(data.projectId()))
					|| key.equalsIgnoreCase(String.valueOf(data.iatiIdentifier()))
					|| key.equalsIgnoreCase(String.valueOf(data.title()))) {
				return i;
			}
		}
		return null;
	}

	private void participants(CellReading read, int column, OrganisationRole role,
			List<ProjectImportRow.Participation> participants) {
		for (String name : read.list(column)) {
			Long id = organisation(read, column, name);
			if (id != null) {
				participants.add(new ProjectImportRow.Participation(id, role));
			}
		}
	}

	private @Nullable Long organisation(CellReading read, int column, String name) {
		Long id = this.organisations.get(name.toUpperCase(Locale.ROOT));
		if (id == null) {
			read.error(column,
					UserText.of("exchange.projects.unknownOrganisation", name, ProjectsTemplateLayout.ORGANISATIONS));
		}
		return id;
	}

	private static List<String> upper(List<String> values) {
		return values.stream().map((value) -> value.toUpperCase(Locale.ROOT)).toList();
	}

	/**
	 * Whether every cell but the one given is empty.
	 */
	private static boolean blank(Map<Integer, Cell> cells, int ignored) {
		return cells.values().stream().allMatch((cell) -> cell.column() == ignored || cell.isBlank());
	}

}
