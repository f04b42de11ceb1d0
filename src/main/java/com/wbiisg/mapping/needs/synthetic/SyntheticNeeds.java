package com.wbiisg.mapping.needs.synthetic;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.Timeframe;
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
 * Synthetic needs for benchmarks, in the {@code synthetic} profile only: a cycle
 * "Synthetic ×N" on the adopted WBCTi framework with 600 × N needs ({@code
 * iisg.synthetic.scale=N}), spread like the demo needs: partners in proportion to the
 * WBCTi cycle (regional a tenth), every measure; a fifth draft, a fifth submitted, a
 * tenth returned, three tenths validated, a fifth adopted; a fifth restricted, costs
 * known for three in five. The same seed always gives the same data. Nothing of it is a
 * real need. Rows are written straight to the tables, the cycle too: a generator for
 * benchmarks, not a way to enter needs.
 */
@Component
@Profile("synthetic")
@Order(45)
class SyntheticNeeds implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SyntheticNeeds.class);

	static final int NEEDS_PER_SCALE = 600;

	private static final int BATCH = 2000;

	private static final String[] PARTNERS = { "AL", "BA", "XK", "ME", "MK", "RS", "AL", "BA", "XK", "ME", "MK", "RS",
			"AL", "BA", "XK", "ME", "MK", "RS", "REG", "REG" };

	private static final NeedStatus[] STATUSES = { NeedStatus.DRAFT, NeedStatus.DRAFT, NeedStatus.SUBMITTED,
			NeedStatus.SUBMITTED, NeedStatus.RETURNED, NeedStatus.VALIDATED, NeedStatus.VALIDATED, NeedStatus.VALIDATED,
			NeedStatus.ADOPTED, NeedStatus.ADOPTED };

	private static final String[] ACTIONS = { "Training programme on", "Equipment and tools for",
			"Legal and regulatory review of", "Institutional capacity building in", "National action plan for",
			"Information system supporting", "Mentoring and peer review on", "Regional exchange of practice on",
			"Specialised unit for", "Awareness raising about" };

	private static final String[] INSTITUTIONS = { "Ministry of Interior", "Ministry of Justice",
			"State Investigation and Protection Agency", "National CT/P-CVE Coordinator", "Prison administration",
			"Financial intelligence unit", "Border police", "Prosecutor's office" };

	private final SyntheticNeedRepository rows;

	private final Frameworks frameworks;

	private final int scale;

	private final long seed;

	SyntheticNeeds(SyntheticNeedRepository rows, Frameworks frameworks, @Value("${iisg.synthetic.scale:1}") int scale,
			@Value("${iisg.synthetic.seed:20210304}") long seed) {
		this.rows = rows;
		this.frameworks = frameworks;
		this.scale = scale;
		this.seed = seed;
	}

	static String cycleName(int scale) {
		return "Synthetic \u00d7" + scale;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String name = cycleName(this.scale);
		if (this.rows.cycleExists(name)) {
			return;
		}
		long started = System.nanoTime();
		FrameworkSummary framework = this.frameworks.versions("WBCTi")
			.stream()
			.filter((version) -> version.status() == FrameworkStatus.ADOPTED)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Synthetic data needs the adopted WBCTi framework."));
		List<FrameworkTree.Node> measures = this.frameworks.tree(framework.id())
			.flatten()
			.stream()
			.filter((node) -> node.level() == ItemLevel.MEASURE)
			.toList();
		long cycle = this.rows.openCycle("WBCTi", name, framework.id(), LocalDate.of(2021, 3, 4),
				LocalDate.of(2022, 12, 31));
		Random random = new Random(this.seed);
		long id = this.rows.maxId();
		Timestamp at = Timestamp.from(Instant.parse("2021-06-01T09:00:00Z"));
		List<Object[]> batch = new ArrayList<>();
		int total = NEEDS_PER_SCALE * this.scale;
		for (int i = 0; i < total; i++) {
			FrameworkTree.Node measure = measures.get(random.nextInt(measures.size()));
			String[] code = measure.code().split("\\.");
			String partner = PARTNERS[random.nextInt(PARTNERS.length)];
			String action = ACTIONS[random.nextInt(ACTIONS.length)];
			String title = action + " " + lowerFirst(measure.title());
			BigDecimal cost = (random.nextInt(5) < 3)
					? BigDecimal.valueOf(Math.round(Math.exp(10 + random.nextDouble() * 5) / 1000) * 1000) : null;
			batch.add(new Object[] { ++id, cycle, "WBCTi", code[0], code[0] + "." + code[1], measure.code(), partner,
					(title.length() > 300) ? title.substring(0, 300) : title,
					"Synthetic need " + (i + 1) + " of " + partner + " under " + measure.code() + ": " + measure.title()
							+ ".",
					NeedType.values()[random.nextInt(3)].name(), Perspective.values()[random.nextInt(2)].name(),
					priority(random).name(), INSTITUTIONS[random.nextInt(INSTITUTIONS.length)], cost,
					Timeframe.values()[random.nextInt(3)].name(), random.nextInt(5) == 0,
					STATUSES[random.nextInt(STATUSES.length)].name(), "synthetic", at, at });
			if (batch.size() == BATCH) {
				this.rows.insert(batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			this.rows.insert(batch);
		}
		this.rows.restartIdentity();
		log.info("Generated {} synthetic needs in cycle \"{}\" in {} ms", total, name,
				(System.nanoTime() - started) / 1_000_000);
	}

	private static Priority priority(Random random) {
		int roll = random.nextInt(20);
		return (roll < 6) ? Priority.HIGH : (roll < 15) ? Priority.MEDIUM : Priority.LOW;
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

}
