package com.wbiisg.mapping.responses.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;

import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.responses.IatiProjectRecord;
import com.wbiisg.mapping.responses.IatiProjects;
import com.wbiisg.mapping.responses.ProjectChanged;
import com.wbiisg.mapping.responses.ProjectRegistered;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects written from and read as IATI activities, under the same rules, audit and
 * events as {@link ProjectRegistry}. Every check runs before anything is written, and a
 * refused record does not mark the caller's transaction for rollback: an IATI file
 * imports its other activities in the same transaction.
 */
@Service
@Transactional(noRollbackFor = { InvalidInputException.class, AccessDeniedException.class })
class IatiProjectCatalogue implements IatiProjects {

	private final ProjectRepository projects;

	private final ProjectLinkRepository links;

	private final ProjectIatiRepository extras;

	private final ProjectRules rules;

	private final ResponsesSupport support;

	IatiProjectCatalogue(ProjectRepository projects, ProjectLinkRepository links, ProjectIatiRepository extras,
			ProjectRules rules, ResponsesSupport support) {
		this.projects = projects;
		this.links = links;
		this.extras = extras;
		this.rules = rules;
		this.support = support;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IatiProjectState> find(String iatiIdentifier) {
		ProjectViewer viewer = this.support.viewer();
		return this.projects.findByIatiIdentifierIgnoreCase(iatiIdentifier.strip())
			.filter(viewer::canSee)
			.map((project) -> state(project, this.support.names()));
	}

	@Override
	public Outcome check(IatiProjectRecord record) {
		return checked(record).outcome();
	}

	@Override
	public Outcome upsert(IatiProjectRecord record) {
		Checked checked = checked(record);
		Project project = checked.project();
		if (checked.outcome().action() == Outcome.Action.UNCHANGED) {
			return checked.outcome();
		}
		LongFunction<Project.OrganisationName> names = this.support.names();
		if (project == null) {
			Project created = this.projects
				.saveAndFlush(new Project(checked.content(), this.support.viewer().username(), this.support.now()));
			this.extras.replace(created.getId(), record.sectors(), record.narratives());
			this.support.audit()
				.recordChange("IMPORT", ProjectRegistry.RECORD, created.getId(),
						ProjectRegistry.describe(null, created.toView(names)));
			this.support.publish(new ProjectRegistered(created.getId()));
			return new Outcome(Outcome.Action.CREATED, created.getId());
		}
		ProjectView before = project.toView(names);
		project.edit(checked.content(), project.getVersion(), this.support.now());
		this.projects.saveAndFlush(project);
		this.extras.replace(project.getId(), record.sectors(), record.narratives());
		this.support.audit()
			.recordChange("IMPORT", ProjectRegistry.RECORD, project.getId(),
					ProjectRegistry.describe(before, project.toView(names)));
		this.support.publish(new ProjectChanged(project.getId()));
		return new Outcome(Outcome.Action.UPDATED, project.getId());
	}

	private Checked checked(IatiProjectRecord record) {
		ProjectViewer viewer = this.support.viewer();
		if (!viewer.entersProjects()) {
			throw new AccessDeniedException("Projects are entered by partner focal points and the Secretariat.");
		}
		Project project = this.projects.findByIatiIdentifierIgnoreCase(record.iatiIdentifier().strip()).orElse(null);
		if (project != null && (!viewer.canSee(project) || !viewer.canEdit(project))) {
			throw new AccessDeniedException("The project " + record.iatiIdentifier()
					+ " is reported by another organisation; only it and the Secretariat change it.");
		}
		ProjectView current = (project == null) ? null : project.toView(this.support.names());
		ProjectContent content = this.rules.check(IatiProjectInputs.input(record, current), viewer,
				(project == null) ? null : project.getId());
		if (project == null) {
			return new Checked(null, content, new Outcome(Outcome.Action.CREATED, null));
		}
		keepsLinkedPartners(content, project.getId());
		boolean same = IatiProjectInputs.same(current, content)
				&& normalised(this.extras.sectors(project.getId())).equals(normalised(record.sectors()))
				&& this.extras.narratives(project.getId()).equals(record.narratives());
		return new Checked(project, content,
				new Outcome(same ? Outcome.Action.UNCHANGED : Outcome.Action.UPDATED, project.getId()));
	}

	/**
	 * As {@link ProjectRegistry}: a project keeps benefiting the partners of the needs it
	 * is linked to.
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
			throw new InvalidInputException("partners", "The project is linked to needs of "
					+ String.join(", ", orphaned) + ", which the activity no longer names as recipients.");
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<IatiProjectState> visibleAfter(long afterId, int limit) {
		ProjectViewer viewer = this.support.viewer();
		LongFunction<Project.OrganisationName> names = this.support.names();
		long after = afterId;
		List<IatiProjectState> visible = new ArrayList<>();
		// Read on past batches the user may not see, so a page is never empty by
		// accident.
		while (visible.size() < limit) {
			List<Project> batch = this.projects.findByIdGreaterThanOrderByIdAsc(after, Limit.of(limit));
			if (batch.isEmpty()) {
				break;
			}
			for (Project project : batch) {
				if (visible.size() < limit && viewer.canSee(project)) {
					visible.add(state(project, names));
				}
				after = project.getId();
			}
		}
		return visible;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<IatiProjectRecord.Sector>> sectors(Collection<Long> projectIds) {
		return this.extras.sectors(projectIds);
	}

	private IatiProjectState state(Project project, LongFunction<Project.OrganisationName> names) {
		return new IatiProjectState(project.toView(names), this.extras.sectors(project.getId()),
				this.extras.narratives(project.getId()));
	}

	/**
	 * Sectors whose percentages compare by value, not by scale.
	 */
	private static List<IatiProjectRecord.Sector> normalised(List<IatiProjectRecord.Sector> sectors) {
		return sectors.stream()
			.map((sector) -> new IatiProjectRecord.Sector(sector.vocabulary(), sector.code(),
					(sector.percentage() == null) ? null : sector.percentage().stripTrailingZeros()))
			.toList();
	}

	private record Checked(@Nullable Project project, ProjectContent content, Outcome outcome) {
	}

}
