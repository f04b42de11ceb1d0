package com.wbiisg.mapping.framework.internal;

import java.time.Clock;
import java.time.LocalDate;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.framework.FrameworkEditor;
import com.wbiisg.mapping.framework.ItemInput;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the frameworks on an empty database: the WBCTi framework 2021–2022 as agreed in
 * Prishtina (facts §3.3: the four pillars with the EU Counter-Terrorism Agenda objective
 * areas and the example measures from the JAP arrangements), and empty drafts for WBCSCi
 * and WBBSi (facts §6.1).
 */
@Component
@Order(10)
class FrameworkSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FrameworkSeeder.class);

	static final String CYCLE = "2021\u20132022";

	static final LocalDate AGREED_ON = LocalDate.of(2021, 3, 4);

	static final String AGREED_AT = "WBCTi Regional Pillar Support Group meeting, Prishtina, 3\u20134 March 2021: "
			+ "four-pillar template and objectives agreed by all participants";

	private final FrameworkVersionRepository versions;

	private final AuditTrail audit;

	private final Clock clock;

	FrameworkSeeder(FrameworkVersionRepository versions, AuditTrail audit, Clock clock) {
		this.versions = versions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.versions.count() > 0) {
			return;
		}
		FrameworkVersion wbcti = FrameworkVersion.draft("WBCTi", CYCLE, 1, this.clock.instant(), "system")
			.withoutEvents();
		wbctiTree(wbcti);
		wbcti.adopt(AGREED_ON, AGREED_AT);
		save(wbcti);
		save(FrameworkVersion.draft("WBCSCi", CYCLE, 1, this.clock.instant(), "system"));
		save(FrameworkVersion.draft("WBBSi", CYCLE, 1, this.clock.instant(), "system"));
		log.info("Seeded the WBCTi framework {} ({} items) and empty drafts for WBCSCi and WBBSi", CYCLE,
				wbcti.getItems().size());
	}

	private void save(FrameworkVersion framework) {
		this.versions.save(framework);
		this.audit.recordChange("SEED", FrameworkEditor.RECORD, framework.getId(),
				Changes.of()
					.set("framework", framework.label())
					.set("status", framework.getStatus())
					.set("items", framework.getItems().size()));
	}

	private static void wbctiTree(FrameworkVersion f) {
		add(f, null, "ANT", "Anticipate", "Identifying vulnerabilities and building capacity to anticipate threats.",
				null);
		add(f, "ANT", null, "Strategic intelligence and threat assessment", null, null);
		add(f, "ANT.1", null, "National terrorism threat assessment", "Priority action of the Kosovo* arrangement.",
				"JAP3");
		add(f, "ANT.1", null, "Counter-terrorism analysis capacity", null, "JAP3");
		add(f, "ANT", null, "Targeted risk assessments", null, null);
		add(f, "ANT", null, "Early detection capacities", null, null);
		add(f, "ANT", null, "Modern detection technologies and AI", null, null);
		add(f, "ANT", null, "Foresight built into counter-terrorism policy-making", null, null);

		add(f, null, "PRE", "Prevent", "Preventing attacks by addressing radicalisation.", null);
		add(f, "PRE", null, "Countering extremist ideologies online", null, null);
		add(f, "PRE.1", null, "Referral of terrorist content online to the Europol EU Internet Referral Unit", null,
				"JAP2");
		add(f, "PRE", null, "Supporting local actors for more resilient communities", null, null);
		add(f, "PRE.2", null, "Training of teachers, police, social workers and religious representatives",
				"Priority action of the Serbia and Montenegro arrangements.", "JAP2");
		add(f, "PRE.2", null, "Strategic communication (StratCom)", null, "JAP2");
		add(f, "PRE.2", null, "Multi-agency approach including civil society organisations", null, "JAP2");
		add(f, "PRE", null, "Countering radicalisation in prisons", null, null);
		add(f, "PRE.3", null, "Operational high-security State prison",
				"Priority action of the Bosnia and Herzegovina arrangement.", "JAP2");
		add(f, "PRE", null, "Rehabilitation and reintegration of radicalised inmates and terrorist offenders", null,
				null);
		add(f, "PRE.4", null,
				"Rehabilitation and reintegration of returning foreign terrorist fighters and their families",
				"In and outside prisons; priority action of the Bosnia and Herzegovina and Albania arrangements.",
				"JAP2");
		add(f, "PRE", null, "Consolidating knowledge and support", null, null);
		add(f, "PRE.5", null, "Resourced national CT/P-CVE coordinator", "Priority action of the Serbia arrangement.",
				"JAP1");
		add(f, "PRE.5", null, "Participation in the Regional Network of National CT/P-CVE Coordinators (RNNC)", null,
				"JAP1");

		add(f, null, "PRO", "Protect", "Promoting security by design and reducing vulnerabilities.", null);
		add(f, "PRO", null, "Protecting people in public spaces (security by design)", null, null);
		add(f, "PRO", null, "Urban security", null, null);
		add(f, "PRO", null, "Resilience of critical infrastructure", null, null);
		add(f, "PRO.3", null, "Critical infrastructure protection", null, "JAP5");
		add(f, "PRO", null, "Border security", "Linked to the Western Balkans Border Security Initiative (WBBSi).",
				null);
		add(f, "PRO", null, "Denying terrorists the means to attack", null, null);
		add(f, "PRO.5", null, "Countering illicit firearms trafficking",
				"Raised at the signing of the Albania arrangement.", "JAP5");

		add(f, null, "RES", "Respond", "Stepping up operational support, prosecution and victims' rights.", null);
		add(f, "RES", null, "Law-enforcement cooperation and information exchange", null, null);
		add(f, "RES.1", null, "Europol National Contact Point",
				"Priority action of the Bosnia and Herzegovina arrangement.", "JAP3");
		add(f, "RES.1", null, "Proactive information sharing on foreign terrorist fighters", null, "JAP3");
		add(f, "RES", null, "Investigation and prosecution", null, null);
		add(f, "RES.2", null, "Alignment of the criminal code with EU law",
				"Priority action of the Bosnia and Herzegovina arrangement.", "JAP1");
		add(f, "RES.2", null, "Counter-terrorism strategy including prosecution of foreign terrorist fighters",
				"Priority action of the Montenegro arrangement.", "JAP1");
		add(f, "RES.2", null, "AML/CFT including Moneyval follow-up", "Priority action of the Montenegro arrangement.",
				"JAP4");
		add(f, "RES", null, "Support to victims of terrorism", null, null);
	}

	private static void add(FrameworkVersion framework, @Nullable String parentCode, @Nullable String code,
			String title, @Nullable String description, @Nullable String reference) {
		framework.addItem(parentCode, code, new ItemInput(title, description, reference));
	}

}
