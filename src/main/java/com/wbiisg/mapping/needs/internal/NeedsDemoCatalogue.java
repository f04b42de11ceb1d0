package com.wbiisg.mapping.needs.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.needs.NeedAction;
import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.Timeframe;
import org.jspecify.annotations.Nullable;

import static com.wbiisg.mapping.needs.NeedAction.SUBMIT;
import static com.wbiisg.mapping.needs.NeedAction.VALIDATE;
import static com.wbiisg.mapping.needs.NeedType.INSTITUTIONAL;
import static com.wbiisg.mapping.needs.NeedType.LEGISLATIVE;
import static com.wbiisg.mapping.needs.NeedType.OPERATIONAL;
import static com.wbiisg.mapping.needs.Perspective.PREVENTION;
import static com.wbiisg.mapping.needs.Perspective.RESPONSE;
import static com.wbiisg.mapping.needs.Priority.HIGH;
import static com.wbiisg.mapping.needs.Priority.LOW;
import static com.wbiisg.mapping.needs.Priority.MEDIUM;

/**
 * The demo needs of the WBCTi cycle 2021–2022, as a table: one row per need with its
 * placement, content and story (the workflow steps it went through, with their dates).
 *
 * <p>
 * Every need is drawn from the IISG facts: the priority actions of the 2019 bilateral
 * implementing arrangements under the Joint Action Plan on CT (§3.2, §3.3), tagged with
 * the JAP objective they serve (JAP1–JAP5), and the WBCTi Support Group national bodies
 * as the institution concerned (§1). Dates lie between the Prishtina meeting (3–4 March
 * 2021) and the end of June 2021; adopted needs were adopted by the 6th Board, Sarajevo,
 * 20 June 2022, which adopted the needs mapping 2021–2022 (§2 timeline).
 *
 * <p>
 * Estimated costs are illustrative only: the facts give no cost figures for needs, so
 * most needs have none and the few given are modest round amounts.
 */
final class NeedsDemoCatalogue {

	static final String CYCLE_NAME = "WBCTi 2021\u20132022";

	static final LocalDate OPENS_ON = LocalDate.of(2021, 3, 4);

	static final LocalDate CLOSES_ON = LocalDate.of(2021, 9, 4);

	static final String ADOPTION_DECISION = "6th IISG Board, Sarajevo, 20 June 2022";

	static final Instant ADOPTED_AT = at("2022-06-20 12:00");

	static final String REGIONAL_OWNER = "secretariat";

	// Return reasons, as the pillar leads wrote them.
	private static final String MOVE_TO_WBBSI = "This is covered by WBBSi (PRO.4 border security); please move it there.";

	private static final String NAME_INSTITUTION = "Name the institution concerned.";

	private static final String ADD_LEGAL_BASIS = "Add the legal basis (JAP1 or acquis reference).";

	private static final String SPLIT_REFERRAL = "Please split the two requests into separate needs: keep the referral "
			+ "of content to the EU IRU here and enter the analysis capacity under ANT.1.2.";

	private static final String SPLIT_TRAINING_STRATCOM = "Please split the two requests into separate needs: the "
			+ "police training under PRE.2.1 and the strategic communication capacity under PRE.2.2.";

	private static final String SPLIT_TRAINING = "Please split the two requests into separate needs: keep the "
			+ "training here and enter StratCom as its own need under PRE.2.2.";

	// Institutions concerned: the WBCTi Support Group national bodies (facts §1).
	private static final String AL_CT = "MoI \u2013 Directorate for CT";

	private static final String AL_PCVE = "P/CVE Center";

	private static final String BA_MOS = "Ministry of Security \u2013 CT/P-CVE Coordinator";

	private static final String BA_SIPA = "SIPA";

	private static final String BA_POLICE = "FBiH MoI; Republika Srpska MoI; Br\u010dko District Police";

	private static final String XK_CT = "MoI \u2013 Directorate for CT";

	private static final String XK_COORDINATOR = "CT & P/CVE National Coordinator";

	private static final String ME_COORDINATOR = "MoI \u2013 CT & P/CVE National Coordinator";

	private static final String MK_COMMITTEE = "MoI \u2013 Committee for CT & P/CVE";

	private static final String RS_AUTHORITY = "MoI \u2013 designated CT & P/CVE authority";

	private static final String REG_RNNC = "RNNC (Regional Network of National CT/P-CVE Coordinators)";

	private static final boolean RESTRICTED = true;

	private static final boolean OPEN = false;

	private NeedsDemoCatalogue() {
	}

	static List<DemoNeed> needs() {
		List<DemoNeed> needs = new ArrayList<>();
		needs.addAll(albania());
		needs.addAll(bosniaAndHerzegovina());
		needs.addAll(kosovo());
		needs.addAll(montenegro());
		needs.addAll(northMacedonia());
		needs.addAll(serbia());
		needs.addAll(regional());
		return needs;
	}

	private static List<DemoNeed> albania() {
		return List.of(need("AL", "PRE.4.1", "Rehabilitation and reintegration of returning FTFs and their families",
				"Individual rehabilitation and reintegration plans for returning foreign terrorist fighters and "
						+ "their family members, in and outside prison, as set out in the 2019 arrangement.",
				INSTITUTIONAL, RESPONSE, HIGH, AL_CT, null, Timeframe.LONG, refs("JAP2", "NATIONAL_STRATEGY"),
				RESTRICTED, adopted("2021-03-15 09:30", "2021-04-09 11:00", "2021-05-11 14:20")),
				need("AL", "PRO.5.1", "Countering illicit firearms trafficking",
						"Tracing of seized firearms and intelligence-led investigations into illicit firearms "
								+ "trafficking, raised at the signing of the Albania arrangement.",
						OPERATIONAL, PREVENTION, HIGH, AL_CT, null, Timeframe.MEDIUM, refs("JAP5"), OPEN,
						validated("2021-03-15 10:10", "2021-04-09 11:00", "2021-05-12 10:40")),
				need("AL", "PRO.5.1", "Detection equipment at border crossing points",
						"Scanners and detection equipment at the main border crossing points to stop weapons "
								+ "entering the country.",
						OPERATIONAL, PREVENTION, MEDIUM, AL_CT, null, Timeframe.MEDIUM, refs("JAP5"), OPEN,
						returned("2021-03-16 08:45", "2021-04-09 11:00", "2021-05-12 10:55", MOVE_TO_WBBSI)),
				need("AL", "PRE.2.3", "Local multi-agency referral mechanisms with civil society",
						"Local multi-agency mechanisms where police, schools, social services and civil society "
								+ "organisations refer and follow up persons at risk of radicalisation.",
						INSTITUTIONAL, PREVENTION, MEDIUM, AL_PCVE, cost(100_000), Timeframe.MEDIUM,
						refs("JAP2", "NATIONAL_STRATEGY"), OPEN, submitted("2021-03-17 13:00", "2021-04-09 11:00")),
				need("AL", "RES.1.2", "Proactive sharing of information on foreign terrorist fighters",
						"Systematic and proactive sharing of information on foreign terrorist fighters with Europol "
								+ "and the other WB partners.",
						OPERATIONAL, RESPONSE, HIGH, AL_CT, null, Timeframe.SHORT, refs("JAP3"), RESTRICTED,
						validated("2021-03-17 14:30", "2021-04-09 11:00", "2021-05-12 11:10")),
				need("AL", "PRE.1.1", "Referral of terrorist content to the EU IRU and an online monitoring unit",
						"Regular referral of terrorist content online to the Europol EU Internet Referral Unit, and a "
								+ "unit to monitor and analyse extremist content online.",
						OPERATIONAL, PREVENTION, MEDIUM, AL_CT, null, Timeframe.SHORT, refs("JAP2"), OPEN,
						returned("2021-03-18 09:00", "2021-04-09 11:00", "2021-04-27 15:30", SPLIT_REFERRAL)),
				need("AL", "PRE.5.2", "Regular participation in the RNNC",
						"Participation of the national CT/P-CVE coordinator in each meeting of the Regional Network "
								+ "of National CT/P-CVE Coordinators.",
						INSTITUTIONAL, PREVENTION, LOW, AL_CT, null, Timeframe.SHORT, refs("JAP1"), OPEN,
						draft("2021-05-20 10:00")),
				need("AL", "PRO.3.1", "Identification and protection of critical infrastructure",
						"A legal basis to identify critical infrastructure and oblige its operators to keep "
								+ "protection plans, in line with the acquis.",
						LEGISLATIVE, PREVENTION, MEDIUM, AL_CT, null, Timeframe.LONG, refs("JAP5", "ACQUIS"), OPEN,
						validated("2021-03-19 11:20", "2021-04-09 11:00", "2021-05-18 09:15")));
	}

	private static List<DemoNeed> bosniaAndHerzegovina() {
		return List.of(
				need("BA", "PRE.3.1", "Operational high-security State prison",
						"Make the State high-security prison fully operational, with a regime for inmates convicted "
								+ "of terrorist offences, as set out in the 2019 arrangement.",
						INSTITUTIONAL, PREVENTION, HIGH, BA_MOS, null, Timeframe.LONG, refs("JAP2"), RESTRICTED,
						adopted("2021-03-18 10:00", "2021-04-14 09:30", "2021-05-06 13:00")),
				need("BA", "PRE.3.1", "Prison staff trained to manage radicalised inmates",
						"Training of prison staff to detect radicalisation and manage inmates convicted of terrorist "
								+ "offences.",
						OPERATIONAL, PREVENTION, MEDIUM, BA_MOS, null, Timeframe.MEDIUM, refs("JAP2"), RESTRICTED,
						submitted("2021-03-22 11:15", "2021-04-14 09:30")),
				need("BA", "PRE.4.1", "Reintegration of returned FTFs and their family members",
						"Coordinated rehabilitation and reintegration of returned foreign terrorist fighters and "
								+ "their families, children included, in and outside prison, across all levels of "
								+ "government.",
						INSTITUTIONAL, RESPONSE, HIGH, BA_MOS, null, Timeframe.LONG, refs("JAP2", "NATIONAL_STRATEGY"),
						OPEN, validated("2021-03-22 12:00", "2021-04-14 09:30", "2021-05-06 13:20")),
				need("BA", "RES.1.1", "Fully operational Europol National Contact Point",
						"A Europol National Contact Point with the staff and secure connections to exchange "
								+ "information with Europol, as set out in the 2019 arrangement.",
						INSTITUTIONAL, RESPONSE, HIGH, null, null, Timeframe.MEDIUM, refs("JAP3"), OPEN,
						returned("2021-03-23 09:40", "2021-04-14 09:30", "2021-05-07 10:05", NAME_INSTITUTION)),
				need("BA", "RES.2.1", "Criminal code aligned with EU law on terrorist offences",
						"Amend the criminal legislation so that the terrorist offences and their penalties are "
								+ "aligned with EU law.",
						LEGISLATIVE, RESPONSE, HIGH, BA_MOS, null, Timeframe.MEDIUM, refs("JAP1", "ACQUIS"), OPEN,
						validated("2021-03-23 14:10", "2021-04-14 09:30", "2021-05-07 10:30")),
				need("BA", "RES.1.2", "Proactive FTF information sharing between agencies",
						"Proactive sharing of information on foreign terrorist fighters between SIPA, OSA and the "
								+ "police bodies, and onwards to Europol.",
						OPERATIONAL, RESPONSE, HIGH, BA_SIPA, null, Timeframe.SHORT, refs("JAP3"), RESTRICTED,
						submitted("2021-03-24 10:30", "2021-04-14 09:30")),
				need("BA", "ANT.1.2", "Counter-terrorism analysis capacity",
						"Analysts and tools to turn the information held by the police and security agencies into "
								+ "strategic CT analysis.",
						OPERATIONAL, PREVENTION, MEDIUM, BA_SIPA, null, Timeframe.MEDIUM, refs("JAP3"), OPEN,
						validated("2021-03-24 11:45", "2021-04-14 09:30", "2021-04-30 16:00")),
				need("BA", "PRE.2.1", "Police officers trained to recognise radicalisation",
						"Training of police officers of the entities and Br\u010dko District to recognise early signs "
								+ "of radicalisation and refer cases.",
						OPERATIONAL, PREVENTION, MEDIUM, BA_POLICE, null, Timeframe.SHORT, refs("JAP2"), OPEN,
						withdrawn("2021-03-25 09:00", "2021-04-14 09:30", "2021-04-21 08:50")),
				need("BA", "PRO.3.1", "Critical infrastructure protection framework",
						"A framework to identify critical infrastructure and share the duties for its protection "
								+ "between the State and the entities.",
						LEGISLATIVE, PREVENTION, MEDIUM, BA_MOS, null, Timeframe.LONG, refs("JAP5", "ACQUIS"), OPEN,
						submitted("2021-03-26 13:30", "2021-04-14 09:30")));
	}

	private static List<DemoNeed> kosovo() {
		return List.of(
				need("XK", "ANT.1.1", "National terrorism threat assessment",
						"A national terrorism threat assessment, reviewed regularly and shared with the institutions "
								+ "concerned, as the priority action of the 2019 arrangement.",
						INSTITUTIONAL, PREVENTION, HIGH, XK_CT, null, Timeframe.SHORT,
						refs("JAP3", "NATIONAL_STRATEGY"), RESTRICTED,
						adopted("2021-03-10 09:00", "2021-03-31 10:00", "2021-04-20 11:30")),
				need("XK", "ANT.1.2", "Analytical capacity to keep the threat assessment up to date",
						"Trained analysts and a methodology to update the threat assessment.", OPERATIONAL, PREVENTION,
						MEDIUM, XK_CT, cost(80_000), Timeframe.MEDIUM, refs("JAP3"), OPEN,
						validated("2021-03-10 09:45", "2021-03-31 10:00", "2021-04-20 11:45")),
				need("XK", "PRE.4.1", "Reintegration of returnees and their families in the municipalities",
						"Rehabilitation and reintegration of returned foreign terrorist fighters and their families, "
								+ "with municipal services, schools and health care involved.",
						OPERATIONAL, RESPONSE, HIGH, XK_COORDINATOR, null, Timeframe.LONG,
						refs("JAP2", "NATIONAL_STRATEGY"), OPEN,
						validated("2021-03-11 10:30", "2021-03-31 10:00", "2021-04-20 12:00")),
				need("XK", "RES.1.2", "Regular reporting on returning foreign terrorist fighters",
						"Regular reports on returning foreign terrorist fighters to the EU and proactive sharing of "
								+ "the information with Europol.",
						OPERATIONAL, RESPONSE, HIGH, XK_CT, null, Timeframe.SHORT, refs("JAP3"), RESTRICTED,
						submitted("2021-03-11 11:00", "2021-03-31 10:00")),
				need("XK", "PRE.2.2", "Strategic communication against violent extremist narratives",
						"A strategic communication capacity to counter violent extremist narratives, online and "
								+ "offline.",
						OPERATIONAL, PREVENTION, MEDIUM, XK_COORDINATOR, null, Timeframe.MEDIUM, refs("JAP2"), OPEN,
						submitted("2021-03-12 09:15", "2021-03-31 10:00")),
				need("XK", "PRE.2.3", "Local multi-agency teams including civil society",
						"Multi-agency teams at local level, with civil society organisations, to prevent violent "
								+ "extremism.",
						INSTITUTIONAL, PREVENTION, MEDIUM, XK_COORDINATOR, null, Timeframe.MEDIUM, refs("JAP2"), OPEN,
						draft("2021-06-08 14:00")),
				need("XK", "RES.2.3", "Financial investigation capacity against terrorism financing",
						"Training of financial investigators and prosecutors to trace the financing of terrorism.",
						OPERATIONAL, RESPONSE, MEDIUM, XK_CT, null, Timeframe.MEDIUM, refs("JAP4"), OPEN,
						validated("2021-03-12 10:40", "2021-03-31 10:00", "2021-04-21 09:20")));
	}

	private static List<DemoNeed> montenegro() {
		return List.of(
				need("ME", "RES.2.2", "Counter-terrorism strategy covering the prosecution of FTFs",
						"A counter-terrorism strategy and action plan that covers the investigation and prosecution "
								+ "of foreign terrorist fighters, as set out in the 2019 arrangement.",
						LEGISLATIVE, RESPONSE, HIGH, ME_COORDINATOR, null, Timeframe.MEDIUM,
						refs("JAP1", "NATIONAL_STRATEGY"), RESTRICTED,
						adopted("2021-03-22 09:00", "2021-04-20 10:00", "2021-05-25 14:00")),
				need("ME", "RES.2.3", "Follow-up of the Moneyval recommendations",
						"Legal and institutional follow-up of the Moneyval recommendations on anti-money laundering "
								+ "and countering the financing of terrorism.",
						LEGISLATIVE, RESPONSE, HIGH, ME_COORDINATOR, null, Timeframe.MEDIUM, refs("JAP4", "ACQUIS"),
						OPEN, validated("2021-03-22 10:15", "2021-04-20 10:00", "2021-05-25 14:20")),
				need("ME", "PRE.2.1", "Training of teachers, social workers and religious representatives",
						"Training of teachers, social workers and religious representatives to recognise "
								+ "radicalisation and know where to refer cases.",
						OPERATIONAL, PREVENTION, HIGH, ME_COORDINATOR, cost(150_000), Timeframe.MEDIUM,
						refs("JAP2", "NATIONAL_STRATEGY"), OPEN,
						validated("2021-03-23 11:30", "2021-04-20 10:00", "2021-06-02 10:00")),
				need("ME", "PRE.2.2", "Police P/CVE training and a strategic communication capacity",
						"Training of police officers in P/CVE, and a strategic communication capacity in the "
								+ "ministry.",
						OPERATIONAL, PREVENTION, MEDIUM, ME_COORDINATOR, null, Timeframe.MEDIUM, refs("JAP2"), OPEN,
						returned("2021-03-23 12:10", "2021-04-20 10:00", "2021-05-26 09:40", SPLIT_TRAINING_STRATCOM)),
				need("ME", "PRE.2.3", "Multi-agency approach including civil society organisations",
						"A multi-agency P/CVE approach with a formal role for civil society organisations and local "
								+ "communities.",
						INSTITUTIONAL, PREVENTION, MEDIUM, ME_COORDINATOR, null, Timeframe.MEDIUM, refs("JAP2"), OPEN,
						submitted("2021-03-24 09:20", "2021-04-20 10:00")),
				need("ME", "PRE.5.2", "Participation in the RNNC",
						"Regular participation of the national coordinator in the Regional Network of National "
								+ "CT/P-CVE Coordinators.",
						INSTITUTIONAL, PREVENTION, LOW, ME_COORDINATOR, null, Timeframe.SHORT, refs("JAP1"), OPEN,
						draft("2021-06-14 15:30")),
				need("ME", "RES.1.2", "Proactive FTF information sharing with Europol",
						"Proactive sharing of information on foreign terrorist fighters with Europol and the "
								+ "partners in the region.",
						OPERATIONAL, RESPONSE, HIGH, ME_COORDINATOR, null, Timeframe.SHORT, refs("JAP3"), RESTRICTED,
						submitted("2021-03-25 10:00", "2021-04-20 10:00")),
				need("ME", "PRO.3.1", "Risk assessment of critical infrastructure",
						"Risk assessments of critical infrastructure and protection plans agreed with its operators.",
						OPERATIONAL, PREVENTION, MEDIUM, ME_COORDINATOR, null, Timeframe.MEDIUM, refs("JAP5"), OPEN,
						validated("2021-03-26 11:00", "2021-04-20 10:00", "2021-06-02 10:20")));
	}

	// North Macedonia is still drafting: one need submitted, the rest in draft.
	private static List<DemoNeed> northMacedonia() {
		return List.of(
				need("MK", "PRE.5.1", "Staff and budget for the National Committee for CT & P/CVE",
						"Dedicated staff and an own budget for the national committee and coordinator for CT and "
								+ "P/CVE.",
						INSTITUTIONAL, PREVENTION, HIGH, MK_COMMITTEE, null, Timeframe.SHORT,
						refs("JAP1", "NATIONAL_STRATEGY"), OPEN, submitted("2021-04-06 10:00", "2021-06-18 12:00")),
				need("MK", "PRE.2.1", "Training of teachers and social workers",
						"Training of teachers and social workers to recognise early signs of radicalisation.",
						OPERATIONAL, PREVENTION, MEDIUM, MK_COMMITTEE, null, Timeframe.MEDIUM, refs("JAP2"), OPEN,
						draft("2021-04-06 10:40")),
				need("MK", "PRE.4.1", "Reintegration of returned FTFs and their families",
						"Rehabilitation and reintegration of returned foreign terrorist fighters and their families, "
								+ "in and outside prison.",
						INSTITUTIONAL, RESPONSE, HIGH, MK_COMMITTEE, null, Timeframe.LONG, refs("JAP2"), RESTRICTED,
						draft("2021-04-07 09:30")),
				need("MK", "PRE.1.1", "Referral of terrorist content to the EU IRU",
						"Regular referral of terrorist content online to the Europol EU Internet Referral Unit.",
						OPERATIONAL, PREVENTION, MEDIUM, MK_COMMITTEE, null, Timeframe.SHORT, refs("JAP2"), OPEN,
						draft("2021-05-11 11:00")),
				need("MK", "RES.1.1", "Secure information exchange with Europol",
						"Secure information exchange between the CT units and Europol through the national contact "
								+ "point.",
						OPERATIONAL, RESPONSE, MEDIUM, MK_COMMITTEE, null, Timeframe.MEDIUM, refs("JAP3"), OPEN,
						draft("2021-05-11 11:30")),
				need("MK", "PRO.3.1", "Critical infrastructure protection",
						"Identification of critical infrastructure and protection plans for it.", LEGISLATIVE,
						PREVENTION, LOW, MK_COMMITTEE, null, Timeframe.LONG, refs("JAP5"), OPEN,
						draft("2021-06-22 09:00")));
	}

	private static List<DemoNeed> serbia() {
		return List.of(
				need("RS", "PRE.5.1", "Resourced national CT/P-CVE coordinator",
						"A national CT/P-CVE coordinator with the staff and budget to coordinate the national "
								+ "strategy, as the priority action of the 2019 arrangement.",
						INSTITUTIONAL, PREVENTION, HIGH, RS_AUTHORITY, null, Timeframe.SHORT,
						refs("JAP1", "NATIONAL_STRATEGY"), OPEN,
						adopted("2021-03-24 09:00", "2021-04-16 10:30", "2021-05-04 15:00")),
				need("RS", "PRE.2.1", "Training of teachers, police, social workers and religious representatives",
						"Training of teachers, police officers, social workers and religious representatives to "
								+ "recognise radicalisation and work together on cases.",
						OPERATIONAL, PREVENTION, HIGH, RS_AUTHORITY, null, Timeframe.MEDIUM,
						refs("JAP2", "NATIONAL_STRATEGY"), OPEN,
						returned("2021-03-24 10:00", "2021-04-16 10:30", "2021-04-29 11:00", SPLIT_TRAINING)
							.then(SUBMIT, "2021-05-12 09:45")
							.then(VALIDATE, "2021-05-26 14:10")),
				need("RS", "PRE.2.2", "Strategic communication (StratCom) capacity",
						"A strategic communication capacity to counter violent extremist narratives and explain "
								+ "the national P/CVE effort.",
						OPERATIONAL, PREVENTION, MEDIUM, RS_AUTHORITY, null, Timeframe.MEDIUM, refs("JAP2"), OPEN,
						submitted("2021-05-12 09:30", "2021-05-12 09:45")),
				need("RS", "PRE.2.3", "Multi-agency approach including civil society organisations",
						"Multi-agency cooperation on P/CVE at local level, with civil society organisations.",
						INSTITUTIONAL, PREVENTION, MEDIUM, RS_AUTHORITY, null, Timeframe.MEDIUM, refs("JAP2"), OPEN,
						validated("2021-03-25 09:30", "2021-04-16 10:30", "2021-05-04 15:20")),
				need("RS", "RES.2.1", "Criminal legislation on terrorist offences",
						"Amendments to the criminal legislation on terrorist offences.", LEGISLATIVE, RESPONSE, MEDIUM,
						RS_AUTHORITY, null, Timeframe.MEDIUM, List.of(), OPEN,
						returned("2021-03-25 11:00", "2021-04-16 10:30", "2021-05-05 10:00", ADD_LEGAL_BASIS)),
				need("RS", "RES.1.2", "Proactive FTF information sharing",
						"Proactive sharing of information on foreign terrorist fighters with Europol and the "
								+ "partners in the region.",
						OPERATIONAL, RESPONSE, HIGH, RS_AUTHORITY, null, Timeframe.SHORT, refs("JAP3"), RESTRICTED,
						validated("2021-03-26 10:00", "2021-04-16 10:30", "2021-05-05 10:20")),
				need("RS", "PRE.5.2", "Participation in the RNNC",
						"Regular participation of the national coordinator in the Regional Network of National "
								+ "CT/P-CVE Coordinators.",
						INSTITUTIONAL, PREVENTION, LOW, RS_AUTHORITY, null, Timeframe.SHORT, refs("JAP1"), OPEN,
						draft("2021-06-03 13:00")));
	}

	// Regional (multi-beneficiary) needs, entered and submitted by the Secretariat.
	private static List<DemoNeed> regional() {
		return List.of(
				need("REG", "PRE.5.2", "RNNC meetings twice a year with all WB6 coordinators",
						"Support for the Regional Network of National CT/P-CVE Coordinators to meet twice a year "
								+ "with the coordinators of all six WB partners.",
						INSTITUTIONAL, PREVENTION, MEDIUM, REG_RNNC, null, Timeframe.LONG, refs("JAP1"), OPEN,
						validated("2021-04-26 10:00", "2021-04-28 09:00", "2021-05-19 11:00")),
				need("REG", "PRE.1.1", "Regional cooperation with the Europol EU IRU",
						"Common working arrangements of the WB partners with the Europol EU Internet Referral Unit "
								+ "for the referral of terrorist content online.",
						OPERATIONAL, PREVENTION, MEDIUM, null, null, Timeframe.MEDIUM, refs("JAP2"), OPEN,
						submitted("2021-04-26 10:30", "2021-04-28 09:00")),
				need("REG", "RES.1.2", "Regional exchange of information on returning FTFs",
						"Proactive exchange of information on returning foreign terrorist fighters between the six "
								+ "WB partners and with Europol.",
						OPERATIONAL, RESPONSE, HIGH, null, null, Timeframe.SHORT, refs("JAP3"), RESTRICTED,
						validated("2021-04-26 11:00", "2021-04-28 09:00", "2021-05-19 11:20")),
				need("REG", "PRO.3.1", "Regional exchange of practice on critical infrastructure protection",
						"Exchange of practice between the WB partners on identifying and protecting critical "
								+ "infrastructure.",
						INSTITUTIONAL, PREVENTION, LOW, null, null, Timeframe.MEDIUM, refs("JAP5"), OPEN,
						draft("2021-06-29 16:00")));
	}

	private static DemoNeed need(String partner, String measure, String title, String description, NeedType type,
			Perspective perspective, Priority priority, @Nullable String institution, @Nullable BigDecimal cost,
			Timeframe timeframe, List<String> references, boolean restricted, Story story) {
		return new DemoNeed(partner, measure, new NeedInput(null, measure, partner, title, description, type,
				perspective, priority, institution, cost, timeframe, null, null, references, restricted), story);
	}

	private static List<String> refs(String... tags) {
		return List.of(tags);
	}

	/**
	 * An illustrative cost in EUR: the facts have no cost figures for needs.
	 */
	private static BigDecimal cost(long euros) {
		return BigDecimal.valueOf(euros);
	}

	private static Story draft(String created) {
		return new Story(at(created), List.of());
	}

	private static Story submitted(String created, String submitted) {
		return draft(created).then(SUBMIT, submitted);
	}

	private static Story validated(String created, String submitted, String validated) {
		return submitted(created, submitted).then(VALIDATE, validated);
	}

	private static Story adopted(String created, String submitted, String validated) {
		return validated(created, submitted, validated).then(new Step(NeedAction.ADOPT, ADOPTED_AT, ADOPTION_DECISION));
	}

	private static Story returned(String created, String submitted, String returned, String reason) {
		return submitted(created, submitted).then(new Step(NeedAction.RETURN, at(returned), reason));
	}

	private static Story withdrawn(String created, String submitted, String withdrawn) {
		return submitted(created, submitted).then(NeedAction.WITHDRAW, withdrawn);
	}

	/**
	 * A time of day in 2021 or 2022, written "yyyy-MM-dd HH:mm" in UTC.
	 */
	static Instant at(String dateTime) {
		return LocalDateTime.parse(dateTime.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
	}

	/**
	 * One demo need: where it sits, what it says (as a focal point would enter it) and
	 * what happened to it.
	 */
	record DemoNeed(String partner, String measure, NeedInput input, Story story) {
	}

	/**
	 * When a need was created, and the workflow steps taken on it since, oldest first.
	 */
	record Story(Instant created, List<Step> steps) {

		Story then(NeedAction action, String dateTime) {
			return then(new Step(action, at(dateTime), null));
		}

		Story then(Step step) {
			List<Step> all = new ArrayList<>(this.steps);
			all.add(step);
			return new Story(this.created, List.copyOf(all));
		}

	}

	/**
	 * One workflow step; the reason is the return reason or the adopting decision.
	 */
	record Step(NeedAction action, Instant at, @Nullable String reason) {
	}

}
