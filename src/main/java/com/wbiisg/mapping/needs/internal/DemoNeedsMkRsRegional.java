package com.wbiisg.mapping.needs.internal;

import java.util.List;

import com.wbiisg.mapping.needs.Timeframe;

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

import com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.DemoNeed;

import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.adopted;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.draft;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.need;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.refs;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.returned;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.submitted;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.validated;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.ADD_LEGAL_BASIS;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.MK_COMMITTEE;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.OPEN;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.REG_RNNC;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.RESTRICTED;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.RS_AUTHORITY;
import static com.wbiisg.mapping.needs.internal.NeedsDemoCatalogue.SPLIT_TRAINING;

/**
 * Demo needs of North Macedonia, Serbia and the regional ones (see NeedsDemoCatalogue).
 */
final class DemoNeedsMkRsRegional {

	private DemoNeedsMkRsRegional() {
	}

	static List<DemoNeed> northMacedonia() {
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

	static List<DemoNeed> serbia() {
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
	static List<DemoNeed> regional() {
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

}
