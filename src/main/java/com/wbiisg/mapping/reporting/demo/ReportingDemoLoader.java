package com.wbiisg.mapping.reporting.demo;

import java.util.Optional;

import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.Cycles;
import com.wbiisg.mapping.reporting.internal.ReportSeeding;
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
 * Loads {@code demo/reporting.yml} in the demo profile through {@link ReportSeeding},
 * signed in as each draft's author, whom the needs module requires to read the needs.
 * Runs last, after the coverage is computed (order 120), and does nothing once any draft
 * exists.
 */
@Component("reportsDemoData")
@Profile("demo")
@Order(120)
class ReportingDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReportingDemoLoader.class);

	private final DemoData demo;

	private final ReportSeeding seeding;

	private final Cycles cycles;

	ReportingDemoLoader(DemoData demo, ReportSeeding seeding, Cycles cycles) {
		this.demo = demo;
		this.seeding = seeding;
		this.cycles = cycles;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.seeding.anyDraft()) {
			return;
		}
		ReportingDemoFile file = this.demo.read("reporting.yml", ReportingDemoFile.class);
		for (ReportingDemoFile.Draft draft : file.drafts()) {
			Optional<CycleView> cycle = this.cycles.list()
				.stream()
				.filter((candidate) -> draft.cycle().equals(candidate.name()))
				.findFirst();
			if (cycle.isEmpty()) {
				log.warn("No demo cycle {}: no demo reports", draft.cycle());
				return;
			}
			try {
				this.demo.as(draft.by(), () -> {
					this.seeding.generate(draft.kind(), cycle.get(), null, draft.by(), draft.at(), draft.taken());
					return draft;
				});
			}
			catch (UsernameNotFoundException ex) {
				log.warn("No demo account {}: no demo reports", draft.by());
				return;
			}
		}
		log.info("Seeded the demo reports: {} drafts", file.drafts().size());
	}

}
