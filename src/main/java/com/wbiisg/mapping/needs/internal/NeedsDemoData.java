package com.wbiisg.mapping.needs.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.needs.NeedAction;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.DemoNeed;
import com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for needs, in the demo profile only: opens the cycle "WBCTi 2021–2022" on the
 * seeded adopted WBCTi framework and enters the needs of {@link NeedsDemoCatalogue} in
 * every state of the workflow, with their history. Runs after the framework, membership
 * and demo account seeders, and does nothing once any cycle exists.
 *
 * <p>
 * Needs are made through the aggregate and the repositories, not the user-facing
 * services, which need a signed-in user; each step still goes through {@link Need#take},
 * so it is a legal move of {@link NeedWorkflow} for the actor who made it: the partner's
 * focal point (or the Secretariat for regional needs) submits and withdraws, a WBCTi
 * pillar lead validates and returns, the Secretariat adopts.
 */
@Component
@Profile("demo")
@Order(40)
class NeedsDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NeedsDemoData.class);

	static final String INITIATIVE = "WBCTi";

	private static final String FRAMEWORK_CYCLE = "2021\u20132022";

	/**
	 * The WBCTi lead partners, Slovenia and Austria (facts §0, §1). Who reviews what is a
	 * demo convention: Slovenia the Anticipate and Prevent pillars, Austria Protect and
	 * Respond.
	 */
	private static final String SLOVENIA = "si.focal";

	private static final String AUSTRIA = "at.focal";

	private final CycleRepository cycles;

	private final NeedRepository needs;

	private final NeedTransitionRepository transitions;

	private final Frameworks frameworks;

	private final AuditTrail audit;

	NeedsDemoData(CycleRepository cycles, NeedRepository needs, NeedTransitionRepository transitions,
			Frameworks frameworks, AuditTrail audit) {
		this.cycles = cycles;
		this.needs = needs;
		this.transitions = transitions;
		this.frameworks = frameworks;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.cycles.count() > 0) {
			return;
		}
		FrameworkSummary framework = this.frameworks.versions(INITIATIVE)
			.stream()
			.filter((version) -> version.status() == FrameworkStatus.ADOPTED && FRAMEWORK_CYCLE.equals(version.cycle()))
			.findFirst()
			.orElse(null);
		if (framework == null) {
			log.warn("No adopted {} {} framework: no demo needs", INITIATIVE, FRAMEWORK_CYCLE);
			return;
		}
		Cycle cycle = this.cycles.saveAndFlush(new Cycle(framework.initiative(), NeedsDemoCatalogue.CYCLE_NAME,
				framework.id(), NeedsDemoCatalogue.OPENS_ON, NeedsDemoCatalogue.CLOSES_ON));
		this.audit.recordChange("SEED", CycleAdministration.RECORD, cycle.getId(),
				Changes.of()
					.set("name", NeedsDemoCatalogue.CYCLE_NAME)
					.set("framework", framework.label())
					.set("opensOn", NeedsDemoCatalogue.OPENS_ON)
					.set("closesOn", NeedsDemoCatalogue.CLOSES_ON));
		FrameworkTree tree = this.frameworks.tree(framework.id());
		List<DemoNeed> catalogue = NeedsDemoCatalogue.needs();
		for (DemoNeed demo : catalogue) {
			seed(cycle, tree, demo);
		}
		log.info("Seeded the demo needs mapping cycle {} with {} needs", NeedsDemoCatalogue.CYCLE_NAME,
				catalogue.size());
	}

	private void seed(Cycle cycle, FrameworkTree tree, DemoNeed demo) {
		if (tree.find(demo.measure()).filter((node) -> node.level() == ItemLevel.MEASURE).isEmpty()) {
			throw new IllegalStateException("Demo need \"" + demo.input().title() + "\" points at " + demo.measure()
					+ ", which is no measure of " + tree.framework().label());
		}
		NeedContent content = NeedRules.check(demo.input(), new ArrayList<>());
		String owner = owner(demo.partner());
		Need need = this.needs.saveAndFlush(new Need(cycle.getId(), cycle.getInitiative(), demo.measure(),
				demo.partner(), content, owner, demo.story().created()));
		this.transitions
			.save(new NeedTransition(need.getId(), demo.story().created(), owner, null, null, NeedStatus.DRAFT, null));
		Instant previous = demo.story().created();
		for (Step step : demo.story().steps()) {
			if (step.at().isBefore(previous)) {
				throw new IllegalStateException("Demo need \"" + demo.input().title() + "\": " + step.action() + " at "
						+ step.at() + " comes before the step it follows");
			}
			previous = step.at();
			NeedStatus from = need.getStatus();
			String by = actorName(step, need, owner);
			String decision = (step.action() == NeedAction.ADOPT) ? step.reason() : null;
			NeedWorkflow.Move move = need.take(step.action(), actor(by), step.reason(), decision, step.at());
			this.transitions
				.save(new NeedTransition(need.getId(), step.at(), by, step.action(), from, move.to(), step.reason()));
		}
		this.needs.saveAndFlush(need);
		this.audit.recordChange("SEED", NeedEditing.RECORD, need.getId(),
				Changes.of()
					.set("title", content.title())
					.set("partner", demo.partner())
					.set("measure", demo.measure()));
	}

	/**
	 * Who made the step: the owner submits and withdraws, the pillar lead validates and
	 * returns, the Secretariat adopts.
	 */
	private static String actorName(Step step, Need need, String owner) {
		return switch (step.action()) {
			case SUBMIT, WITHDRAW -> owner;
			case VALIDATE, RETURN ->
				("ANT".equals(need.getPillar()) || "PRE".equals(need.getPillar())) ? SLOVENIA : AUSTRIA;
			case ADOPT -> "secretariat";
		};
	}

	private static Set<Actor> actor(String username) {
		if ("secretariat".equals(username)) {
			return Set.of(Actor.SECRETARIAT);
		}
		if (SLOVENIA.equals(username) || AUSTRIA.equals(username)) {
			return Set.of(Actor.PILLAR_LEAD);
		}
		return Set.of(Actor.OWNER);
	}

	/**
	 * The partner's focal point enters its needs; the Secretariat the regional ones.
	 */
	private static String owner(String partner) {
		return Partner.REGIONAL.equals(partner) ? NeedsDemoCatalogue.REGIONAL_OWNER
				: partner.toLowerCase(Locale.ROOT) + ".focal";
	}

}
