package com.wbiisg.mapping.exchange.internal.templates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.wbiisg.mapping.exchange.ImportError;
import com.wbiisg.mapping.exchange.ImportItem;
import com.wbiisg.mapping.exchange.ImportPreview;
import com.wbiisg.mapping.exchange.ImportResult;
import com.wbiisg.mapping.exchange.internal.ExchangeProperties;
import com.wbiisg.mapping.exchange.internal.ImportFile;
import com.wbiisg.mapping.exchange.internal.ImportProgress;
import com.wbiisg.mapping.exchange.internal.ImportRejected;
import com.wbiisg.mapping.exchange.internal.Importer;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.responses.ProjectImportCheck.Outcome;
import com.wbiisg.mapping.responses.ProjectImportCheck;
import com.wbiisg.mapping.responses.ProjectImportRow;
import com.wbiisg.mapping.responses.ProjectImports;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Imports a filled projects template ({@code projects-xlsx}): the projects of the partner
 * focal point's organisation (any for the Secretariat) with their links to needs, through
 * the responses module's rules. One error anywhere refuses the whole file at
 * confirmation.
 */
@Component
class ProjectsXlsxImporter implements Importer {

	static final String KIND = "projects-xlsx";

	private final XlsxGuard guard;

	private final ProjectImports projects;

	private final Membership membership;

	private final ExchangeProperties properties;

	ProjectsXlsxImporter(XlsxGuard guard, ProjectImports projects, Membership membership,
			ExchangeProperties properties) {
		this.guard = guard;
		this.projects = projects;
		this.membership = membership;
		this.properties = properties;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public ImportPreview preview(ImportFile file, ImportProgress progress) {
		Read read = read(file, progress);
		ProjectImportCheck check = guarded(file, () -> this.projects.check(rows(read)));
		progress.update(90);
		List<ImportError> errors = new ArrayList<>(read.reader().errors());
		List<ImportItem> items = new ArrayList<>();
		int[] counts = new int[4];
		for (int i = 0; i < check.rows().size(); i++) {
			ProjectImportCheck.RowResult result = check.rows().get(i);
			ProjectsWorkbookReader.ParsedProject row = read.parsed().get(i);
			for (FieldProblem problem : result.problems()) {
				errors.add(error(row, problem));
			}
			boolean bad = result.outcome() == Outcome.INVALID || !row.badColumns().isEmpty();
			ImportItem.Action action = bad ? ImportItem.Action.SKIP : switch (result.outcome()) {
				case CREATE -> ImportItem.Action.CREATE;
				case UPDATE -> ImportItem.Action.UPDATE;
				default -> ImportItem.Action.UNCHANGED;
			};
			counts[action.ordinal()]++;
			items.add(new ImportItem(action,
					(row.data().projectId() == null) ? UserText.of("exchange.projects.rowKey", row.row()).english()
							: UserText.of("exchange.projects.projectKey", row.data().projectId(), row.row()).english(),
					Objects.toString(row.data().title(), ""),
					bad ? UserText.of("exchange.import.seeRow", row.row()).english() : null, result.projectId()));
		}
		errors.sort(Comparator.comparing((ImportError e) -> e.sheet() == null ? "" : e.sheet())
			.thenComparing((ImportError e) -> e.row() == null ? 0 : e.row()));
		return new ImportPreview(counts[0], counts[1], counts[2], counts[3], errors, items);
	}

	@Override
	public ImportResult confirm(ImportFile file, ImportProgress progress) {
		Read read = read(file, progress);
		if (!read.reader().errors().isEmpty()) {
			throw new ImportRejected(
					UserText.of("exchange.import.cellErrors", read.reader().errors().size()).english());
		}
		ProjectImportCheck applied;
		try {
			applied = guarded(file, () -> this.projects.apply(rows(read)));
		}
		catch (InvalidInputException ex) {
			throw new ImportRejected(
					UserText.of("exchange.projects.errors", ex.problems().size(), ex.problems().get(0).message())
						.english(),
					ex);
		}
		List<Long> ids = applied.rows()
			.stream()
			.filter((row) -> row.outcome() == Outcome.CREATE || row.outcome() == Outcome.UPDATE)
			.map(ProjectImportCheck.RowResult::projectId)
			.toList();
		return new ImportResult((int) applied.count(Outcome.CREATE), (int) applied.count(Outcome.UPDATE),
				(int) applied.count(Outcome.UNCHANGED), 0, List.of(), ids);
	}

	private record Read(List<ProjectsWorkbookReader.ParsedProject> parsed, ProjectsWorkbookReader reader) {
	}

	private static List<ProjectImportRow> rows(Read read) {
		return read.parsed().stream().map(ProjectsWorkbookReader.ParsedProject::data).toList();
	}

	private Read read(ImportFile file, ImportProgress progress) {
		this.guard.check(file.path(), file.originalName());
		progress.update(5);
		try (XlsxPackage workbook = XlsxPackage.open(file.path(), file.originalName())) {
			Map<String, String> info = workbook.customProperties();
			if (!ProjectsTemplateLayout.KIND.equals(info.get(NeedsTemplateLayout.PROPERTY_TEMPLATE))) {
				throw new ImportRejected(UserText.of("exchange.projects.notTemplate", file.originalName()).english());
			}
			if (!String.valueOf(ProjectsTemplateLayout.VERSION)
				.equals(info.get(NeedsTemplateLayout.PROPERTY_VERSION))) {
				throw new ImportRejected(UserText.of("exchange.projects.otherVersion", file.originalName()).english());
			}
			String organisation = info.get(ProjectsTemplateLayout.PROPERTY_ORGANISATION);
			if (!file.uploader().is(Role.SECRETARIAT) && organisation != null && !organisation.equals("*")
					&& !organisation.equals(String.valueOf(file.uploader().organisationId()))) {
				throw new ImportRejected(
						UserText.of("exchange.projects.otherOrganisation", file.originalName()).english());
			}
			ProjectsWorkbookReader reader = new ProjectsWorkbookReader(this.membership.organisations(),
					this.properties.maxRows());
			progress.update(10);
			workbook.readSheet(ProjectsTemplateLayout.PROJECTS, reader::project);
			workbook.readSheet(ProjectsTemplateLayout.LINKS, reader::link);
			progress.update(50);
			return new Read(reader.projects(), reader);
		}
	}

	private static ImportError error(ProjectsWorkbookReader.ParsedProject row, FieldProblem problem) {
		String field = problem.field();
		if (field.startsWith("links[")) {
			int index = Integer.parseInt(field.substring(6, field.indexOf(']')));
			String column = field.endsWith("coverage") ? "C" : field.endsWith("sharePercent") ? "D" : "B";
			return new ImportError(ProjectsTemplateLayout.LINKS, row.linkRows().get(index), column, problem.message());
		}
		return new ImportError(ProjectsTemplateLayout.PROJECTS, row.row(),
				NeedsTemplateLayout.letter(ProjectsTemplateLayout.columnOf(field)), problem.message());
	}

	private static <T> T guarded(ImportFile file, java.util.function.Supplier<T> call) {
		try {
			return call.get();
		}
		catch (AccessDeniedException ex) {
			throw new ImportRejected(UserText.of("exchange.projects.denied", file.originalName()).english(), ex);
		}
	}

}
