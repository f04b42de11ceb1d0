package com.wbiisg.mapping.responses.synthetic;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.wbiisg.mapping.membership.MemberCategory;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.Cycles;
import com.wbiisg.mapping.needs.NeedAudience;
import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.needs.NeedFacts;
import com.wbiisg.mapping.responses.ProjectStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synthetic projects for benchmarks, in the {@code synthetic} profile only: 300 × N
 * projects of the supporting members ({@code iisg.synthetic.scale=N}) and about 1,000 × N
 * links to the submitted needs of the synthetic cycle, following the linking rules (needs
 * of a partner the project benefits, shares that add up to at most 100%). A project aims
 * at one measure, so most of its links and its title share that measure's words, as real
 * projects do. The same seed always gives the same data. Nothing of it is a real project.
 */
@Component
@Profile("synthetic")
@Order(60)
class SyntheticProjects implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SyntheticProjects.class);

	private static final int PROJECTS_PER_SCALE = 300;

	private static final String[] WB = { "AL", "BA", "XK", "ME", "MK", "RS" };

	private static final ProjectStatus[] STATUSES = { ProjectStatus.PIPELINE, ProjectStatus.PIPELINE,
			ProjectStatus.IMPLEMENTATION, ProjectStatus.IMPLEMENTATION, ProjectStatus.IMPLEMENTATION,
			ProjectStatus.IMPLEMENTATION, ProjectStatus.IMPLEMENTATION, ProjectStatus.IMPLEMENTATION,
			ProjectStatus.IMPLEMENTATION, ProjectStatus.IMPLEMENTATION, ProjectStatus.IMPLEMENTATION,
			ProjectStatus.FINALISATION, ProjectStatus.FINALISATION, ProjectStatus.FINALISATION, ProjectStatus.CLOSED,
			ProjectStatus.CLOSED, ProjectStatus.CLOSED, ProjectStatus.CANCELLED, ProjectStatus.SUSPENDED,
			ProjectStatus.IMPLEMENTATION };

	private static final String[] SUPPORT = { "Support to", "Strengthening", "Technical assistance on",
			"Regional programme on", "Twinning on", "Capacity building for" };

	private final SyntheticProjectRepository rows;

	private final NeedFacts needs;

	private final Cycles cycles;

	private final Membership membership;

	private final int scale;

	private final long seed;

	SyntheticProjects(SyntheticProjectRepository rows, NeedFacts needs, Cycles cycles, Membership membership,
			@Value("${iisg.synthetic.scale:1}") int scale, @Value("${iisg.synthetic.seed:20210304}") long seed) {
		this.rows = rows;
		this.needs = needs;
		this.cycles = cycles;
		this.membership = membership;
		this.scale = scale;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.rows.countSynthetic() > 0) {
			return;
		}
		long started = System.nanoTime();
		CycleView cycle = this.cycles.list()
			.stream()
			.filter((candidate) -> candidate.name().equals("Synthetic \u00d7" + this.scale))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The synthetic needs come first."));
		Linkable linkable = linkable(cycle.id());
		List<Organisation> members = this.membership.organisations()
			.stream()
			.filter((organisation) -> organisation.category().isSupportingMember())
			.toList();
		List<Organisation> implementers = this.membership.organisations()
			.stream()
			.filter((organisation) -> organisation.category().isSupportingMember()
					|| organisation.category() == MemberCategory.NON_MEMBER)
			.toList();
		Organisation commission = members.stream()
			.filter((organisation) -> organisation.shortName().equals("EC"))
			.findFirst()
			.orElse(members.get(0));
		Random random = new Random(this.seed);
		SyntheticProjectBatches batches = new SyntheticProjectBatches(this.rows);
		long projectId = this.rows.maxId("project");
		long linkId = this.rows.maxId("project_link");
		Timestamp at = Timestamp.from(Instant.parse("2022-03-01T09:00:00Z"));
		int total = PROJECTS_PER_SCALE * this.scale;
		long links = 0;
		for (int i = 0; i < total; i++) {
			long id = ++projectId;
			Organisation funder = (random.nextInt(4) == 0) ? commission : members.get(random.nextInt(members.size()));
			Organisation implementer = implementers.get(random.nextInt(implementers.size()));
			Set<String> partners = partners(random);
			String measure = linkable.measures.get(random.nextInt(linkable.measures.size()));
			ProjectStatus status = STATUSES[random.nextInt(STATUSES.length)];
			LocalDate start = LocalDate.of(2019 + random.nextInt(5), 1 + random.nextInt(12), 1);
			LocalDate end = start.plusMonths(12 + random.nextInt(37)).minusDays(1);
			boolean pound = random.nextInt(10) == 0;
			BigDecimal budget = BigDecimal.valueOf(Math.round(Math.exp(11 + random.nextDouble() * 5.5) / 1000) * 1000);
			batches.project(new Object[] { id,
					SUPPORT[random.nextInt(SUPPORT.length)] + " " + linkable.titles.get(measure).toLowerCase() + " ("
							+ String.join(", ", partners) + ")",
					"Synthetic project " + (i + 1) + " of " + funder.shortName() + ", implemented by "
							+ implementer.shortName() + ".",
					funder.id(), budget, pound ? "GBP" : "EUR", pound ? new BigDecimal("1.16") : BigDecimal.ONE,
					Date.valueOf(start), Date.valueOf(end), status.name(), random.nextInt(10) != 0, "synthetic", at,
					at });
			batches.organisation(new Object[] { id, 0, funder.id(), "FUNDING" });
			batches.organisation(new Object[] { id, 1, implementer.id(), "IMPLEMENTING" });
			partners.forEach((partner) -> batches.partner(new Object[] { id, partner }));
			batches.initiative(new Object[] { id, "WBCTi" });
			batches.pillar(new Object[] { id, measure.substring(0, measure.indexOf('.')) });
			for (int year = start.getYear(); year <= end.getYear(); year++) {
				batches.year(new Object[] { id, year });
			}
			if (status != ProjectStatus.PIPELINE || random.nextBoolean()) {
				batches.funding(new Object[] { id, 0, "COMMITTED", budget, start.getYear() });
			}
			List<Long> targets = linkable.pick(random, partners, measure, 1 + random.nextInt(6));
			boolean shares = random.nextInt(10) < 3;
			for (Long need : targets) {
				BigDecimal share = shares ? BigDecimal.valueOf(100 / targets.size()) : null;
				batches.link(new Object[] { ++linkId, id, need, linkable.partnerOf.get(need),
						(random.nextInt(5) < 2) ? "FULL" : "PARTIAL", share, at });
				links++;
			}
		}
		batches.flush();
		this.rows.restartIdentity("project");
		this.rows.restartIdentity("project_link");
		log.info("Generated {} synthetic projects and {} links in {} ms", total, links,
				(System.nanoTime() - started) / 1_000_000);
	}

	private static Set<String> partners(Random random) {
		Set<String> partners = new LinkedHashSet<>();
		if (random.nextInt(10) == 0) {
			partners.add("REG");
			return partners;
		}
		int count = 1 + random.nextInt(3);
		while (partners.size() < count) {
			partners.add(WB[random.nextInt(WB.length)]);
		}
		return partners;
	}

	private Linkable linkable(long cycleId) {
		Linkable linkable = new Linkable();
		long after = 0;
		List<NeedFact> batch;
		while (!(batch = this.needs.batchAfter(after, 5000)).isEmpty()) {
			for (NeedFact need : batch) {
				if (need.cycleId() == cycleId) {
					linkable.titles.putIfAbsent(need.measureCode(), need.description()
						.substring(need.description().indexOf(": ") + 2, need.description().length() - 1));
					if (!NeedAudience.UNSUBMITTED.contains(need.status())) {
						linkable.add(need);
					}
				}
			}
			after = batch.get(batch.size() - 1).id();
		}
		linkable.measures.addAll(linkable.titles.keySet());
		return linkable;
	}

	/**
	 * The submitted needs of the cycle, by partner and by partner and measure.
	 */
	private static final class Linkable {

		final Map<String, String> titles = new HashMap<>();

		final List<String> measures = new ArrayList<>();

		final Map<String, List<Long>> byPartner = new HashMap<>();

		final Map<String, List<Long>> byPartnerAndMeasure = new HashMap<>();

		final Map<Long, String> partnerOf = new HashMap<>();

		void add(NeedFact need) {
			this.byPartner.computeIfAbsent(need.partner(), (key) -> new ArrayList<>()).add(need.id());
			this.byPartnerAndMeasure
				.computeIfAbsent(need.partner() + "|" + need.measureCode(), (key) -> new ArrayList<>())
				.add(need.id());
			this.partnerOf.put(need.id(), need.partner());
		}

		/**
		 * Up to {@code count} distinct needs of the partners (any partner for a regional
		 * project, and regional needs for all), mostly under the measure.
		 */
		List<Long> pick(Random random, Set<String> partners, String measure, int count) {
			List<String> pool = new ArrayList<>(partners.contains("REG") ? List.of(WB) : partners);
			pool.add("REG");
			Set<Long> picked = new LinkedHashSet<>();
			for (int attempt = 0; attempt < count * 4 && picked.size() < count; attempt++) {
				String partner = pool.get(random.nextInt(pool.size()));
				List<Long> candidates = (random.nextInt(10) < 7)
						? this.byPartnerAndMeasure.getOrDefault(partner + "|" + measure, List.of())
						: this.byPartner.getOrDefault(partner, List.of());
				if (!candidates.isEmpty()) {
					picked.add(candidates.get(random.nextInt(candidates.size())));
				}
			}
			return new ArrayList<>(picked);
		}

	}

}
