package com.wbiisg.mapping.needs.demo;

import com.wbiisg.mapping.needs.internal.NeedSeeding;
import com.wbiisg.mapping.shared.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code demo/needs.yml} in the demo profile: opens the cycle on the adopted
 * framework and enters the needs with their history through {@link NeedSeeding}, which
 * applies the rules of needs and of their workflow to every need and step. Runs after the
 * framework, membership and demo accounts (order 40, before the response mapping), and
 * does nothing once any cycle exists.
 */
@Component("needsDemoData")
@Profile("demo")
@Order(40)
class NeedsDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NeedsDemoLoader.class);

	private final DemoData demo;

	private final NeedSeeding seeding;

	NeedsDemoLoader(DemoData demo, NeedSeeding seeding) {
		this.demo = demo;
		this.seeding = seeding;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.seeding.anyCycle()) {
			return;
		}
		NeedsDemoFile file = this.demo.read("needs.yml", NeedsDemoFile.class);
		NeedsDemoFile.Cycle wanted = file.cycle();
		this.seeding
			.openCycle(wanted.initiative(), wanted.frameworkCycle(), wanted.name(), wanted.opensOn(), wanted.closesOn())
			.ifPresentOrElse((cycle) -> {
				this.seeding.enter(cycle.id(), file.needs().stream().map(NeedsDemoFile.Need::entry).toList());
				log.info("Seeded the demo needs mapping cycle {} with {} needs", cycle.name(), file.needs().size());
			}, () -> log.warn("No adopted {} {} framework: no demo needs", wanted.initiative(),
					wanted.frameworkCycle()));
	}

}
