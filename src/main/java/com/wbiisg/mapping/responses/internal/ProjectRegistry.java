package com.wbiisg.mapping.responses.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.responses.ProjectInput;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.shared.HiddenRecordException;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and changing support projects: a partner focal point for its own
 * organisation, the Secretariat for any. Every change is checked, versioned and audited.
 */
@Service
@Transactional
public class ProjectRegistry {

	static final String RECORD = "Project";

	static final RecordType PROJECT = RecordType.of(RECORD, "responses.record.project");

	private final ProjectRepository projects;

	private final ProjectLinkRepository links;

	private final ProjectRules rules;

	private final ResponsesSupport support;

	ProjectRegistry(ProjectRepository projects, ProjectLinkRepository links, ProjectRules rules,
			ResponsesSupport support) {
		this.projects = projects;
		this.links = links;
		this.rules = rules;
		this.support = support;
	}

	public ProjectView register(ProjectInput input) {
		ProjectViewer viewer = this.support.viewer();
		if (!viewer.entersProjects()) {
			throw new AccessDeniedException(UserText.of("responses.project.enterersOnly").english());
		}
		ProjectContent content = this.rules.check(input, viewer, null);
		Project project = this.projects.saveAndFlush(new Project(content, viewer.username(), this.support.now()));
		ProjectView view = project.toView(this.support.names());
		this.support.audit().recordChange("CREATE", RECORD, project.getId(), describe(null, view));
		return view;
	}

	public ProjectView update(long id, long expectedVersion, ProjectInput input) {
		ProjectViewer viewer = this.support.viewer();
		Project project = HiddenRecordException.requireVisible(this.projects.findForUpdate(id), viewer::canSee, PROJECT,
				id);
		if (!viewer.canEdit(project)) {
			throw new AccessDeniedException(UserText.of("responses.project.editorsOnly").english());
		}
		project.ensureVersion(expectedVersion);
		ProjectView before = project.toView(this.support.names());
		ProjectContent content = this.rules.check(input, viewer, id);
		keepsLinkedPartners(content, project.getId());
		project.edit(content, expectedVersion, this.support.now());
		this.projects.saveAndFlush(project);
		ProjectView after = project.toView(this.support.names());
		this.support.audit().recordChange("UPDATE", RECORD, id, describe(before, after));
		return after;
	}

	/**
	 * A project keeps benefiting the partners of the needs it is linked to, including
	 * needs its editor may not see.
	 */
	private void keepsLinkedPartners(ProjectContent content, long projectId) {
		Set<String> orphaned = new TreeSet<>();
		for (ProjectLink link : this.links.findByProjectIdOrderByIdAsc(projectId)) {
			String partner = link.getNeedPartner();
			if (!content.partners().contains(partner) && !content.partners().contains(Partner.REGIONAL)
					&& !Partner.REGIONAL.equals(partner)) {
				orphaned.add(partner);
			}
		}
		if (!orphaned.isEmpty()) {
			throw new InvalidInputException("partners",
					UserText.of("responses.project.partnersStillLinked", String.join(", ", orphaned)));
		}
	}

	static Changes describe(@Nullable ProjectView before, ProjectView after) {
		return Changes.of()
			.field("title", (before == null) ? null : before.title(), after.title())
			.field("description", (before == null) ? null : before.description(), after.description())
			.field("iatiIdentifier", (before == null) ? null : before.iatiIdentifier(), after.iatiIdentifier())
			.field("reportingOrganisation", (before == null) ? null : before.reportingOrganisation(),
					after.reportingOrganisation())
			.field("organisations", (before == null) ? null : participants(before), participants(after))
			.field("partners", (before == null) ? null : before.partners(), after.partners())
			.field("initiatives", (before == null) ? null : before.initiatives(), after.initiatives())
			.field("pillars", (before == null) ? null : before.pillars(), after.pillars())
			.field("budget", (before == null) ? null : budget(before), budget(after))
			.field("funding", (before == null) ? null : funding(before), funding(after))
			.field("plannedStart", (before == null) ? null : before.plannedStart(), after.plannedStart())
			.field("plannedEnd", (before == null) ? null : before.plannedEnd(), after.plannedEnd())
			.field("actualStart", (before == null) ? null : before.actualStart(), after.actualStart())
			.field("actualEnd", (before == null) ? null : before.actualEnd(), after.actualEnd())
			.field("status", (before == null) ? null : before.status(), after.status())
			.field("reportingYears", (before == null) ? null : before.reportingYears(), after.reportingYears())
			.field("public", (before == null) ? null : before.publicListed(), after.publicListed());
	}

	private static List<String> participants(ProjectView view) {
		return view.organisations()
			.stream()
			.map((participant) -> participant.shortName() + " (" + participant.role() + ")")
			.toList();
	}

	private static String budget(ProjectView view) {
		return ((view.budget().amount() == null) ? "-" : view.budget().amount().toPlainString()) + " "
				+ view.budget().currency() + " @ " + view.budget().eurRate().stripTrailingZeros().toPlainString();
	}

	private static List<String> funding(ProjectView view) {
		return view.funding()
			.stream()
			.map((line) -> line.stage() + " " + line.amount().toPlainString()
					+ ((line.year() == null) ? "" : " (" + line.year() + ")"))
			.toList();
	}

}
