package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.needs.NeedFilter;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Needs;
import com.wbiisg.mapping.responses.internal.ResponsesDemoCatalogue.DemoConfirmation;
import com.wbiisg.mapping.responses.internal.ResponsesDemoCatalogue.DemoLink;
import com.wbiisg.mapping.responses.internal.ResponsesDemoCatalogue.DemoRound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for the response mapping, in the demo profile only: the projects of
 * {@link ResponsesDemoCatalogue} with their links to the demo needs, and the response
 * mapping rounds 2021 (closed) and 2022 (open) with the members' confirmations. Runs
 * after the needs demo data and the non-member organisations, and does nothing once any
 * project exists.
 *
 * <p>
 * Projects, links and confirmations are made through the aggregates and the repositories,
 * with the dates of the catalogue, not through the user-facing services, which need a
 * signed-in user and stamp the present time; each project still passes
 * {@link ProjectRules}, and each link the rules of {@link ProjectLinking}: a need of the
 * WBCTi demo cycle that has been submitted, of a partner the project benefits, each need
 * once per project, shares adding up to at most 100%. The needs are read through the
 * needs module's API as the demo Secretariat account, the only way that module offers;
 * the writes are audited as "SEED" by the system, like the other seeders.
 */
@Component
@Profile("demo")
@Order(50)
class ResponsesDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ResponsesDemoData.class);

	private static final Set<NeedStatus> LINKABLE = Set.of(NeedStatus.SUBMITTED, NeedStatus.VALIDATED,
			NeedStatus.ADOPTED);

	private final ProjectRepository projects;

	private final ProjectLinkRepository links;

	private final ResponseRoundRepository rounds;

	private final PortfolioConfirmationRepository confirmations;

	private final ProjectRules rules;

	private final Membership membership;

	private final Needs needs;

	private final UserDetailsService accounts;

	private final AuditTrail audit;

	ResponsesDemoData(ProjectRepository projects, ProjectLinkRepository links, ResponseRoundRepository rounds,
			PortfolioConfirmationRepository confirmations, ProjectRules rules, Membership membership, Needs needs,
			UserDetailsService accounts, AuditTrail audit) {
		this.projects = projects;
		this.links = links;
		this.rounds = rounds;
		this.confirmations = confirmations;
		this.rules = rules;
		this.membership = membership;
		this.needs = needs;
		this.accounts = accounts;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.projects.count() > 0) {
			return;
		}
		Map<String, Organisation> organisations = new HashMap<>();
		this.membership.organisations()
			.forEach((organisation) -> organisations.putIfAbsent(organisation.shortName(), organisation));
		List<DemoProject> catalogue = ResponsesDemoCatalogue.projects();
		List<String> missing = catalogue.stream()
			.flatMap((demo) -> demo.organisationNames().stream())
			.filter((name) -> !organisations.containsKey(name))
			.distinct()
			.toList();
		if (!missing.isEmpty()) {
			log.warn("Organisations {} are not in the registry: no demo projects", missing);
			return;
		}
		Map<DemoLink, NeedView> targets = needsAsSecretariat(catalogue);
		ProjectViewer seeder = new ProjectViewer(ResponsesDemoCatalogue.SECRETARIAT, Role.SECRETARIAT, null, null);
		int linked = 0;
		List<SeededProject> seeded = new ArrayList<>();
		for (DemoProject demo : catalogue) {
			ProjectContent content = this.rules.check(demo.input((name) -> organisations.get(name).id()), seeder, null);
			Project project = this.projects.saveAndFlush(new Project(content, demo.enteredBy(), demo.enteredAt()));
			this.audit.recordChange("SEED", ProjectRegistry.RECORD, project.getId(),
					Changes.of()
						.set("title", content.title())
						.set("reportingOrganisation", demo.reporter())
						.set("status", content.status()));
			linked += link(project, demo, targets);
			seeded.add(new SeededProject(demo, organisations.get(demo.reporter()).id()));
		}
		for (DemoRound round : ResponsesDemoCatalogue.rounds()) {
			seedRound(round, seeded, organisations);
		}
		log.info("Seeded the demo response mapping: {} projects, {} links to needs, {} rounds", catalogue.size(),
				linked, ResponsesDemoCatalogue.rounds().size());
	}

	private int link(Project project, DemoProject demo, Map<DemoLink, NeedView> targets) {
		List<ProjectLink> made = new ArrayList<>();
		for (DemoLink wanted : demo.links()) {
			NeedView need = targets.get(wanted);
			if (need == null) {
				log.warn("No need \"{}\" ({} {}) to link to project \"{}\"", wanted.needTitle(), wanted.partner(),
						wanted.measure(), demo.title());
				continue;
			}
			if (!LINKABLE.contains(need.status()) || !project.benefits(need.partner())
					|| made.stream().anyMatch((link) -> link.getNeedId() == need.id())) {
				throw new IllegalStateException("Demo project \"" + demo.title() + "\" may not be linked to need "
						+ need.id() + " (" + need.partner() + ", " + need.status() + ")");
			}
			made.add(this.links.save(new ProjectLink(project.getId(), need.id(), need.partner(), wanted.coverage(),
					wanted.share(), wanted.note(), demo.enteredBy(), demo.enteredAt())));
		}
		if (made.stream()
			.map(ProjectLink::getSharePercent)
			.filter((share) -> share != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.compareTo(ProjectLink.HUNDRED) > 0) {
			throw new IllegalStateException("The shares of demo project \"" + demo.title() + "\" exceed 100%");
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

	private void seedRound(DemoRound demo, List<SeededProject> seeded, Map<String, Organisation> organisations) {
		ResponseRound round = new ResponseRound(demo.year(), ResponsesDemoCatalogue.SECRETARIAT, demo.openedAt());
		if (demo.closedAt() != null) {
			round.close(demo.closedAt());
		}
		round = this.rounds.saveAndFlush(round);
		this.audit.recordChange("SEED", ResponseRounds.RECORD, round.getId(),
				Changes.of()
					.set("year", demo.year())
					.set("status", round.isOpen() ? "OPEN" : "CLOSED")
					.set("openedAt", demo.openedAt())
					.set("closedAt", demo.closedAt()));
		for (DemoConfirmation wanted : demo.confirmations()) {
			long organisationId = organisations.get(wanted.organisation()).id();
			// The portfolio as it stood then: the member's projects of the year entered
			// by
			// the time it confirmed.
			int count = (int) seeded.stream()
				.filter((project) -> project.reporterId() == organisationId
						&& project.demo().years().contains(demo.year())
						&& !project.demo().enteredAt().isAfter(wanted.at()))
				.count();
			PortfolioConfirmation confirmation = new PortfolioConfirmation(round.getId(), organisationId);
			confirmation.confirm(wanted.by(), wanted.at(), count, wanted.note());
			confirmation = this.confirmations.saveAndFlush(confirmation);
			this.audit.recordChange("SEED", "PortfolioConfirmation", confirmation.getId(),
					Changes.of()
						.set("year", demo.year())
						.set("organisation", wanted.organisation())
						.set("projects", count)
						.set("by", wanted.by()));
		}
	}

	/**
	 * The need each link of the catalogue points at, read as the demo Secretariat account
	 * (who sees every need); none when that account does not exist.
	 */
	private Map<DemoLink, NeedView> needsAsSecretariat(List<DemoProject> catalogue) {
		UserDetails secretariat;
		try {
			secretariat = this.accounts.loadUserByUsername(ResponsesDemoCatalogue.SECRETARIAT);
		}
		catch (UsernameNotFoundException ex) {
			log.warn("No demo account {}: demo projects without links to needs", ResponsesDemoCatalogue.SECRETARIAT);
			return Map.of();
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(secretariat, null, secretariat.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			Map<DemoLink, NeedView> found = new HashMap<>();
			for (DemoProject demo : catalogue) {
				for (DemoLink link : demo.links()) {
					find(link).ifPresent((need) -> found.put(link, need));
				}
			}
			return found;
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * The WBCTi need of the partner under the measure with exactly the title; the newest
	 * should several cycles have one.
	 */
	private Optional<NeedView> find(DemoLink link) {
		NeedFilter filter = new NeedFilter(null, link.partner(), null, null, link.measure(), null, link.needTitle());
		return this.needs.search(filter, 0, 50)
			.stream()
			.filter((need) -> ResponsesDemoCatalogue.WBCTI.equals(need.initiative())
					&& need.title().equals(link.needTitle()))
			.max(Comparator.comparingLong(NeedView::id));
	}

	private record SeededProject(DemoProject demo, long reporterId) {
	}

}
