package com.wbiisg.mapping.responses.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Needs;
import com.wbiisg.mapping.responses.LinkInput;
import com.wbiisg.mapping.responses.ProjectImportCheck;
import com.wbiisg.mapping.responses.ProjectImportCheck.Outcome;
import com.wbiisg.mapping.responses.ProjectImportCheck.RowResult;
import com.wbiisg.mapping.responses.ProjectImportRow;
import com.wbiisg.mapping.responses.ProjectImports;
import com.wbiisg.mapping.responses.ProjectInput;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports rows of projects with the use cases of single projects: {@link ProjectRules}
 * checks each row, {@link ProjectRegistry} registers or changes the project and
 * {@link ProjectLinking} adds its links, so the same checks, audit entries and events
 * apply as for a project entered by hand.
 */
@Service
@Transactional
class ProjectImporting implements ProjectImports {

	private final ProjectRepository projects;

	private final ProjectLinkRepository links;

	private final ProjectRules rules;

	private final ProjectRegistry registry;

	private final ProjectLinking linking;

	private final Needs needs;

	private final ResponsesSupport support;

	ProjectImporting(ProjectRepository projects, ProjectLinkRepository links, ProjectRules rules,
			ProjectRegistry registry, ProjectLinking linking, Needs needs, ResponsesSupport support) {
		this.projects = projects;
		this.links = links;
		this.rules = rules;
		this.registry = registry;
		this.linking = linking;
		this.needs = needs;
		this.support = support;
	}

	private record Checked(RowResult result, @Nullable Project target, boolean contentChanged,
			List<ProjectImportRow.NeedLink> newLinks) {
	}

	@Override
	@Transactional(readOnly = true)
	public ProjectImportCheck check(List<ProjectImportRow> rows) {
		return new ProjectImportCheck(checkAll(rows).stream().map(Checked::result).toList());
	}

	@Override
	public ProjectImportCheck apply(List<ProjectImportRow> rows) {
		List<Checked> checked = checkAll(rows);
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < checked.size(); i++) {
			for (FieldProblem problem : checked.get(i).result().problems()) {
				problems.add(problem.at("rows[" + i + "]." + problem.field()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<RowResult> results = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Checked row = checked.get(i);
			ProjectInput input = input(rows.get(i), row.target());
			long id;
			if (row.target() == null) {
				id = this.registry.register(input).id();
			}
			else {
				id = row.target().getId();
				if (row.contentChanged()) {
					this.registry.update(id, row.target().getVersion(), input);
				}
			}
			for (ProjectImportRow.NeedLink link : row.newLinks()) {
				this.linking.link(id, new LinkInput(link.needId(), link.coverage(), link.sharePercent(), link.note()));
			}
			results.add(new RowResult(row.result().outcome(), id, row.newLinks().size(), List.of()));
		}
		return new ProjectImportCheck(results);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProjectView> editable() {
		ProjectViewer viewer = this.support.viewer();
		if (!viewer.entersProjects()) {
			return List.of();
		}
		var names = this.support.names();
		return this.projects.findAll(org.springframework.data.domain.Sort.by("id"))
			.stream()
			.filter((project) -> viewer.canSee(project) && viewer.canEdit(project))
			.map((project) -> project.toView(names))
			.toList();
	}

	private List<Checked> checkAll(List<ProjectImportRow> rows) {
		ProjectViewer viewer = this.support.viewer();
		if (!viewer.entersProjects()) {
			throw new AccessDeniedException(UserText.of("responses.project.enterersOnly").english());
		}
		Set<Long> seenIds = new HashSet<>();
		Set<String> seenIdentifiers = new HashSet<>();
		List<Checked> checked = new ArrayList<>();
		ReferenceCatalogue catalogue = this.rules.catalogue();
		for (ProjectImportRow row : rows) {
			checked.add(check(row, viewer, catalogue, seenIds, seenIdentifiers));
		}
		return checked;
	}

	private Checked check(ProjectImportRow row, ProjectViewer viewer, ReferenceCatalogue catalogue, Set<Long> seenIds,
			Set<String> seenIdentifiers) {
		List<FieldProblem> problems = new ArrayList<>();
		Project target = match(row, viewer, problems);
		if (target != null && !seenIds.add(target.getId())) {
			problems.add(new FieldProblem("projectId", UserText.of("responses.import.projectTwice", target.getId())));
		}
		if (row.iatiIdentifier() != null && !row.iatiIdentifier().isBlank()
				&& !seenIdentifiers.add(row.iatiIdentifier().trim().toLowerCase(Locale.ROOT))) {
			problems.add(new FieldProblem("iatiIdentifier",
					UserText.of("responses.import.iatiIdentifierTwice", row.iatiIdentifier().trim())));
		}
		ProjectContent content = null;
		try {
			content = this.rules.check(input(row, target), viewer, (target == null) ? null : target.getId(), catalogue,
					(identifier) -> this.projects.findByIatiIdentifier(identifier).map(Project::getId));
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.problems());
		}
		catch (AccessDeniedException ex) {
			// Those who enter no projects were refused before the rows were read: what
			// is left is a focal point naming another organisation than its own.
			problems
				.add(new FieldProblem("reportingOrganisationId", UserText.of("responses.project.ownOrganisationOnly")));
		}
		List<ProjectImportRow.NeedLink> newLinks = newLinks(row, target, content, problems);
		boolean changed = target != null && content != null && !same(target, content);
		Long id = (target == null) ? null : target.getId();
		if (!problems.isEmpty()) {
			return new Checked(new RowResult(Outcome.INVALID, id, 0, problems), target, false, List.of());
		}
		Outcome outcome = (target == null) ? Outcome.CREATE
				: (changed || !newLinks.isEmpty()) ? Outcome.UPDATE : Outcome.UNCHANGED;
		return new Checked(new RowResult(outcome, id, newLinks.size(), problems), target, changed, newLinks);
	}

	private @Nullable Project match(ProjectImportRow row, ProjectViewer viewer, List<FieldProblem> problems) {
		Optional<Project> found = Optional.empty();
		String field = "projectId";
		if (row.projectId() != null) {
			found = this.projects.findById(row.projectId()).filter(viewer::canSee);
			if (found.isEmpty()) {
				problems.add(new FieldProblem(field, UserText.of("responses.import.projectUnknown", row.projectId())));
				return null;
			}
		}
		else if (row.iatiIdentifier() != null && !row.iatiIdentifier().isBlank()) {
			field = "iatiIdentifier";
			found = this.projects.findByIatiIdentifier(row.iatiIdentifier().trim());
		}
		if (found.isEmpty()) {
			return null;
		}
		Project project = found.get();
		if (!viewer.canSee(project) || !viewer.canEdit(project)) {
			problems.add(new FieldProblem(field, UserText.of("responses.import.otherOrganisation", project.getId())));
			return null;
		}
		if (row.version() != null && row.version() != project.getVersion()) {
			problems.add(new FieldProblem(field, UserText.of("responses.import.stale", project.getId())));
		}
		return project;
	}

	private List<ProjectImportRow.NeedLink> newLinks(ProjectImportRow row, @Nullable Project target,
			@Nullable ProjectContent content, List<FieldProblem> problems) {
		Set<Long> linked = new HashSet<>();
		if (target != null) {
			this.links.findByProjectIdOrderByIdAsc(target.getId()).forEach((link) -> linked.add(link.getNeedId()));
		}
		Set<String> partners = (content != null) ? content.partners() : Set.copyOf(row.partners());
		List<ProjectImportRow.NeedLink> added = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (int j = 0; j < row.links().size(); j++) {
			ProjectImportRow.NeedLink link = row.links().get(j);
			String field = "links[" + j + "].";
			if (link.needId() == null) {
				problems.add(new FieldProblem(field + "needId", UserText.of("responses.import.needIdRequired")));
				continue;
			}
			if (!seen.add(link.needId())) {
				problems
					.add(new FieldProblem(field + "needId", UserText.of("responses.import.needTwice", link.needId())));
				continue;
			}
			if (linked.contains(link.needId())) {
				continue;
			}
			Optional<NeedView> need = this.needs.findVisible(link.needId());
			if (need.isEmpty()) {
				problems.add(new FieldProblem(field + "needId",
						UserText.of("responses.linking.needUnknown", link.needId())));
			}
			else if (need.get().status() == NeedStatus.DRAFT) {
				problems
					.add(new FieldProblem(field + "needId", UserText.of("responses.linking.needDraft", link.needId())));
			}
			else if (!partners.contains(need.get().partner()) && !partners.contains("REG")
					&& !"REG".equals(need.get().partner())) {
				problems.add(new FieldProblem(field + "needId",
						UserText.of("responses.import.notBeneficiary", link.needId(), need.get().partner())));
			}
			RecordValidation.problems(link, "coverage", "sharePercent")
				.forEach((problem) -> problems.add(problem.at(field + problem.field())));
			added.add(link);
		}
		return added;
	}

	private boolean same(Project target, ProjectContent content) {
		return ProjectContentComparison.same(target.toView(this.support.names()), content);
	}

	private ProjectInput input(ProjectImportRow row, @Nullable Project target) {
		List<ProjectImportRow.FundingLine> funding = row.funding();
		if (funding == null) {
			funding = (target == null) ? List.of()
					: target.toView(this.support.names())
						.funding()
						.stream()
						.map((line) -> new ProjectImportRow.FundingLine(line.stage(), line.amount(), line.year()))
						.toList();
		}
		return new ProjectInput(row.title(), row.description(), row.iatiIdentifier(), row.reportingOrganisationId(),
				row.organisations()
					.stream()
					.map((participation) -> new ProjectInput.Participation(participation.organisationId(),
							participation.role()))
					.toList(),
				row.partners(), row.initiatives(), row.pillars(), row.budgetAmount(), row.currency(), row.eurRate(),
				funding.stream()
					.map((line) -> new ProjectInput.FundingLine(line.stage(), line.amount(), line.year()))
					.toList(),
				row.plannedStart(), row.plannedEnd(), row.actualStart(), row.actualEnd(), row.status(),
				row.reportingYears(), row.publicListed());
	}

}
