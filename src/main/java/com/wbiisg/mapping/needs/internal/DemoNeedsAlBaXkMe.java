package com.wbiisg.mapping.needs.internal;

import java.util.List;

import com.wbiisg.mapping.needs.Timeframe;

import static com.wbiisg.mapping.needs.NeedType.INSTITUTIONAL;
import static com.wbiisg.mapping.needs.NeedType.LEGISLATIVE;
import static com.wbiisg.mapping.needs.NeedType.OPERATIONAL;
import static com.wbiisg.mapping.needs.Perspective.PREVENTION;
import static com.wbiisg.mapping.needs.Perspective.RESPONSE;
import static com.wbiisg.mapping.needs.Priority.HIGH;
import static com.wbiisg.mapping.needs.Priority.LOW;
import static com.wbiisg.mapping.needs.Priority.MEDIUM;

import com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.DemoNeed;

import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.adopted;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.cost;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.draft;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.need;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.refs;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.returned;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.submitted;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.validated;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.withdrawn;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.AL_CT;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.AL_PCVE;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.BA_MOS;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.BA_POLICE;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.BA_SIPA;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.ME_COORDINATOR;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.MOVE_TO_WBBSI;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.NAME_INSTITUTION;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.OPEN;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.RESTRICTED;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.SPLIT_REFERRAL;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.SPLIT_TRAINING_STRATCOM;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.XK_COORDINATOR;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.XK_CT;

/**
 * Demo needs of Albania, Bosnia and Herzegovina, Kosovo* and Montenegro (see
 * NeedsDemoCatalogue).
 */
final class DemoNeedsAlBaXkMe {

	private DemoNeedsAlBaXkMe() {
	}

	static List<DemoNeed> albania() {
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

	static List<DemoNeed> bosniaAndHerzegovina() {
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

	static List<DemoNeed> kosovo() {
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

	static List<DemoNeed> montenegro() {
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

}
