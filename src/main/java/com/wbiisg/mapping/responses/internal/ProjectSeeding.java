package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.needs.NeedFacts;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.responses.Coverage;
import com.wbiisg.mapping.responses.ProjectInput;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters a response mapping as it stood on record: projects with who entered them and
 * when, their links to needs, and the annual rounds with the members' confirmations. Each
 * project passes {@link ProjectRules} as the Secretariat's would, and each link the rules
 * of {@link ProjectLinking}: a submitted need of a partner the project benefits, each
 * need once per project, shares adding up to at most 100%. The dates and names are those
 * of the record, not the present time and the signed-in user; entries are audited as
 * "SEED" by the system and publish no events, as any data loaded in bulk: the read models
 * of the analysis are built from them at start-up.
 */
@Service
@Profile("demo")
@Transactional
public class ProjectSeeding {

	private static final Set<NeedStatus> LINKABLE = Set.of(NeedStatus.SUBMITTED, NeedStatus.VALIDATED,
			NeedStatus.ADOPTED);

	private static final String SECRETARIAT = "secretariat";

	private final ProjectRepository projects;

	private final ProjectLinkRepository links;

	private final ResponseRoundRepository rounds;

	private final PortfolioConfirmationRepository confirmations;

	private final ProjectRules rules;

	private final NeedFacts needs;

	private final Membership membership;

	private final AuditTrail audit;

	ProjectSeeding(ProjectRepository projects, ProjectLinkRepository links, ResponseRoundRepository rounds,
			PortfolioConfirmationRepository confirmations, ProjectRules rules, NeedFacts needs, Membership membership,
			AuditTrail audit) {
		this.membership = membership;
		this.projects = projects;
		this.links = links;
		this.rounds = rounds;
		this.confirmations = confirmations;
		this.rules = rules;
		this.needs = needs;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public boolean anyProject() {
		return this.projects.count() > 0;
	}

	/**
	 * Registers a project as entered by {@code by} at {@code at}, with its links; answers
	 * the number of links made.
	 */
	public int register(ProjectInput input, String by, Instant at, List<Link> wanted) {
		ProjectContent content = this.rules.check(input, new ProjectViewer(SECRETARIAT, Role.SECRETARIAT, null, null),
				null);
		Project project = this.projects.saveAndFlush(new Project(content, by, at).withoutEvents());
		this.audit.recordChange("SEED", ProjectRegistry.RECORD, project.getId(),
				Changes.of()
					.set("title", content.title())
					.set("reportingOrganisation",
							this.membership.organisation(content.reportingOrganisationId())
								.map(Organisation::shortName)
								.orElse(null))
					.set("status", content.status()));
		List<ProjectLink> made = new ArrayList<>();
		for (Link link : wanted) {
			NeedFact need = this.needs.fact(link.needId()).orElse(null);
			if (need == null || !LINKABLE.contains(need.status()) || !project.benefits(need.partner())
					|| made.stream().anyMatch((other) -> other.getNeedId() == need.id())) {
				throw new IllegalStateException("Project \"" + content.title() + "\" may not be linked to need "
						+ link.needId() + ((need == null) ? "" : " (" + need.partner() + ", " + need.status() + ")"));
			}
			made.add(this.links.save(new ProjectLink(project.getId(), need.id(), need.partner(), link.coverage(),
					link.sharePercent(), link.note(), by, at)
				.withoutEvents()));
		}
		if (made.stream()
			.map(ProjectLink::getSharePercent)
			.filter((share) -> share != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.compareTo(ProjectLink.HUNDRED) > 0) {
			throw new IllegalStateException("The shares of project \"" + content.title() + "\" exceed 100%");
		}
		this.links.flush();
		for (ProjectLink link : made) {
			this.audit.recordChange("SEED", ProjectLinking.RECORD, link.getId(),
					Changes.of()
						.set("project", project.getId())
						.set("need", link.getNeedId())
						.set("coverage", link.getCoverage())
						.set("sharePercent", link.getSharePercent()));
		}
		return made.size();
	}

	/**
	 * A response mapping round opened by {@code openedBy}, closed at {@code closedAt}
	 * unless still open, with the confirmations made while it was open.
	 */
	public void round(int year, String openedBy, Instant openedAt, @Nullable Instant closedAt,
			List<Confirmation> confirmed) {
		ResponseRound round = new ResponseRound(year, openedBy, openedAt);
		if (closedAt != null) {
			round.close(closedAt);
		}
		round = this.rounds.saveAndFlush(round);
		this.audit.recordChange("SEED", ResponseRounds.RECORD, round.getId(),
				Changes.of()
					.set("year", year)
					.set("status", round.isOpen() ? "OPEN" : "CLOSED")
					.set("openedAt", openedAt)
					.set("closedAt", closedAt));
		for (Confirmation wanted : confirmed) {
			PortfolioConfirmation confirmation = new PortfolioConfirmation(round.getId(), wanted.organisationId());
			confirmation.confirm(wanted.by(), wanted.at(), wanted.projects(), wanted.note());
			confirmation = this.confirmations.saveAndFlush(confirmation);
			this.audit.recordChange("SEED", "PortfolioConfirmation", confirmation.getId(),
					Changes.of()
						.set("year", year)
						.set("organisation", wanted.organisation())
						.set("projects", wanted.projects())
						.set("by", wanted.by()));
		}
	}

	/**
	 * A link to a need; the share is a percentage of the project's budget, null for an
	 * even split.
	 */
	public record Link(long needId, Coverage coverage, @Nullable BigDecimal sharePercent, @Nullable String note) {
	}

	/**
	 * A member's confirmation of its portfolio of {@code projects} projects, by its focal
	 * point or by the Secretariat on its behalf.
	 */
	public record Confirmation(long organisationId, String organisation, String by, Instant at, int projects,
			@Nullable String note) {
	}

}
