package com.wbiisg.mapping.responses.demo;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFilter;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Needs;
import com.wbiisg.mapping.responses.internal.ProjectSeeding;
import com.wbiisg.mapping.shared.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code demo/responses.yml} in the demo profile through {@link ProjectSeeding},
 * which applies the project and linking rules. Runs after the needs and the non-member
 * organisations (order 50) and does nothing once any project exists. A link names its
 * need by partner, measure and title; the need is found through the needs module's API,
 * read as the demo Secretariat account (who sees every need), the only way that module
 * offers.
 */
@Component("responsesDemoData")
@Profile("demo")
@Order(50)
class ResponsesDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ResponsesDemoLoader.class);

	private static final String SECRETARIAT = "secretariat";

	private final DemoData demo;

	private final ProjectSeeding seeding;

	private final Membership membership;

	private final Needs needs;

	ResponsesDemoLoader(DemoData demo, ProjectSeeding seeding, Membership membership, Needs needs) {
		this.demo = demo;
		this.seeding = seeding;
		this.membership = membership;
		this.needs = needs;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.seeding.anyProject()) {
			return;
		}
		ResponsesDemoFile file = this.demo.read("responses.yml", ResponsesDemoFile.class);
		Map<String, Long> organisations = new HashMap<>();
		this.membership.organisations()
			.forEach((organisation) -> organisations.putIfAbsent(organisation.shortName(), organisation.id()));
		List<String> missing = file.projects()
			.stream()
			.flatMap((project) -> project.organisationNames().stream())
			.filter((name) -> !organisations.containsKey(name))
			.distinct()
			.toList();
		if (!missing.isEmpty()) {
			log.warn("Organisations {} are not in the registry: no demo projects", missing);
			return;
		}
		Map<ResponsesDemoFile.Link, Long> needIds = needsAsSecretariat(file);
		int linked = 0;
		for (ResponsesDemoFile.Project project : file.projects()) {
			List<ProjectSeeding.Link> links = project.linked()
				.stream()
				.filter((link) -> found(needIds, link, project))
				.map((link) -> new ProjectSeeding.Link(needIds.get(link), link.coverage(), link.sharePercent(),
						link.note()))
				.toList();
			linked += this.seeding.register(project.input(organisations), project.enteredBy(), project.enteredAt(),
					links);
		}
		for (ResponsesDemoFile.Round round : file.rounds()) {
			this.seeding.round(round.year(), round.openedBy(), round.openedAt(), round.closedAt(),
					round.confirmations()
						.stream()
						.map((confirmed) -> confirmation(file, round, confirmed, organisations))
						.toList());
		}
		log.info("Seeded the demo response mapping: {} projects, {} links to needs, {} rounds", file.projects().size(),
				linked, file.rounds().size());
	}

	/**
	 * A confirmation of the portfolio as it stood then: the member's projects of the year
	 * entered by the time it confirmed.
	 */
	private static ProjectSeeding.Confirmation confirmation(ResponsesDemoFile file, ResponsesDemoFile.Round round,
			ResponsesDemoFile.Confirmation confirmed, Map<String, Long> organisations) {
		int count = (int) file.projects()
			.stream()
			.filter((project) -> project.reportedBy().equals(confirmed.organisation())
					&& project.reportingYears().contains(round.year()) && !project.enteredAt().isAfter(confirmed.at()))
			.count();
		return new ProjectSeeding.Confirmation(organisations.get(confirmed.organisation()), confirmed.organisation(),
				confirmed.by(), confirmed.at(), count, confirmed.note());
	}

	private static boolean found(Map<ResponsesDemoFile.Link, Long> needIds, ResponsesDemoFile.Link link,
			ResponsesDemoFile.Project project) {
		if (!needIds.containsKey(link)) {
			log.warn("No need \"{}\" ({} {}) to link to project \"{}\"", link.need(), link.partner(), link.measure(),
					project.title());
		}
		return needIds.containsKey(link);
	}

	/**
	 * The need each link of the file points at, read as the demo Secretariat; none when
	 * that account does not exist.
	 */
	private Map<ResponsesDemoFile.Link, Long> needsAsSecretariat(ResponsesDemoFile file) {
		try {
			return this.demo.as(SECRETARIAT, () -> {
				Map<ResponsesDemoFile.Link, Long> found = new HashMap<>();
				for (ResponsesDemoFile.Project project : file.projects()) {
					for (ResponsesDemoFile.Link link : project.linked()) {
						find(link).ifPresent((need) -> found.put(link, need.id()));
					}
				}
				return found;
			});
		}
		catch (UsernameNotFoundException ex) {
			log.warn("No demo account {}: demo projects without links to needs", SECRETARIAT);
			return Map.of();
		}
	}

	/**
	 * The WBCTi need of the partner under the measure with exactly the title; the newest
	 * should several cycles have one.
	 */
	private Optional<NeedView> find(ResponsesDemoFile.Link link) {
		NeedFilter filter = new NeedFilter(null, link.partner(), null, null, link.measure(), null, link.need());
		return this.needs.search(filter, 0, 50)
			.stream()
			.filter((need) -> "WBCTi".equals(need.initiative()) && need.title().equals(link.need()))
			.max(Comparator.comparingLong(NeedView::id));
	}

}
