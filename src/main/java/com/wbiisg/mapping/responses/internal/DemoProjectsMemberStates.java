package com.wbiisg.mapping.responses.internal;

import java.util.List;

import static com.wbiisg.mapping.responses.Coverage.FULL;
import static com.wbiisg.mapping.responses.Coverage.PARTIAL;
import static com.wbiisg.mapping.responses.ProjectStatus.CLOSED;
import static com.wbiisg.mapping.responses.ProjectStatus.FINALISATION;
import static com.wbiisg.mapping.responses.ProjectStatus.IMPLEMENTATION;
import static com.wbiisg.mapping.responses.ProjectStatus.PIPELINE;
import static com.wbiisg.mapping.responses.internal.DemoProject.reportedBy;

/**
 * The illustrative WBCTi projects of the member states in the WBCTi Support Group:
 * Slovenia and Austria (the lead partners), Italy and the United Kingdom (facts §0, §1).
 *
 * <p>
 * These are not real projects. Each one's theme is a measure of the WBCTi framework
 * 2021–2022 and the needs the partners entered under it (the JAP priority actions of
 * facts §3.3); budgets, funding, dates and the GBP rate to EUR (1.16) are illustrative,
 * since the facts give no figures for them.
 */
final class DemoProjectsMemberStates {

	/**
	 * An illustrative rate of the pound sterling to the euro.
	 */
	static final String GBP_RATE = "1.16";

	private DemoProjectsMemberStates() {
	}

	static List<DemoProject> projects() {
		return List.of(slovenia(), slovenia2(), austria(), austria2(), austria3(), italy(), italy2(), uk(), uk2());
	}

	private static DemoProject slovenia() {
		return reportedBy("SI", "Support to the Regional Network of National CT/P-CVE Coordinators")
			.about("Meetings of the RNNC twice a year with the coordinators of all six partners, and advice to the "
					+ "national coordinators on their staffing and mandate.")
			.funders("SI")
			.implementers("DCAF")
			.benefits("REG")
			.pillars("PRE")
			.budgetEur("450_000")
			.committed("450_000", 2021)
			.disbursed("210_000", 2021)
			.disbursed("190_000", 2022)
			.planned("2021-01-01", "2022-12-31")
			.actual("2021-02-15", null)
			.status(FINALISATION)
			.years(2021, 2022)
			.entered("si.focal", "2022-02-14 10:00")
			.link("REG", "PRE.5.2", "RNNC meetings twice a year with all WB6 coordinators", FULL, 60, null)
			.link("RS", "PRE.5.1", "Resourced national CT/P-CVE coordinator", PARTIAL, 40,
					"Advice on the coordinator's mandate and staffing; no budget support.");
	}

	private static DemoProject slovenia2() {
		return reportedBy("SI",
				"Training of teachers, social workers and police to recognise radicalisation in "
						+ "Montenegro and Serbia")
			.about("Training of trainers and courses for teachers, social workers and police officers on the early "
					+ "signs of radicalisation and on referring cases.")
			.funders("SI")
			.implementers("SI")
			.benefits("ME", "RS")
			.pillars("PRE")
			.budgetEur("380_000")
			.committed("380_000", 2021)
			.disbursed("60_000", 2021)
			.disbursed("140_000", 2022)
			.planned("2021-09-01", "2023-06-30")
			.actual("2021-10-01", null)
			.status(IMPLEMENTATION)
			.years(2021, 2022)
			.entered("si.focal", "2022-02-15 09:30")
			.link("ME", "PRE.2.1", "Training of teachers, social workers and religious representatives", PARTIAL, 60,
					"Teachers and social workers; religious representatives are not covered.")
			.link("RS", "PRE.2.1", "Training of teachers, police, social workers and religious representatives",
					PARTIAL, 40, "Teachers, social workers and police; religious representatives are not covered.");
	}

	private static DemoProject austria() {
		return reportedBy("AT", "Proactive exchange of information on foreign terrorist fighters with Europol")
			.about("Secure channels, procedures and joint training for the proactive sharing of information on "
					+ "foreign terrorist fighters between the WB partners and with Europol.")
			.funders("AT")
			.implementers("AT")
			.benefits("REG")
			.pillars("RES")
			.budgetEur("600_000")
			.committed("600_000", 2021)
			.disbursed("250_000", 2021)
			.disbursed("200_000", 2022)
			.planned("2021-04-01", "2023-03-31")
			.actual("2021-05-03", null)
			.status(IMPLEMENTATION)
			.years(2021, 2022)
			.entered("at.focal", "2022-02-10 13:00")
			.link("REG", "RES.1.2", "Regional exchange of information on returning FTFs", FULL, null, null)
			.link("AL", "RES.1.2", "Proactive sharing of information on foreign terrorist fighters", PARTIAL, null,
					"Sharing with Europol; sharing with the other WB partners is not covered.");
	}

	private static DemoProject austria2() {
		return reportedBy("AT",
				"Critical infrastructure risk assessment and protection plans in Albania and " + "Montenegro")
			.about("Methodology to identify critical infrastructure, risk assessments and protection plans agreed "
					+ "with the operators, in line with the acquis.")
			.funders("AT")
			.implementers("AT")
			.benefits("AL", "ME")
			.pillars("PRO")
			.budgetEur("280_000")
			.committed("280_000", 2022)
			.disbursed("90_000", 2022)
			.planned("2022-03-01", "2023-12-31")
			.actual("2022-04-01", null)
			.status(IMPLEMENTATION)
			.years(2022)
			.entered("at.focal", "2022-10-20 10:00")
			.link("AL", "PRO.3.1", "Identification and protection of critical infrastructure", FULL, 50, null)
			.link("ME", "PRO.3.1", "Risk assessment of critical infrastructure", FULL, 50, null);
	}

	private static DemoProject austria3() {
		return reportedBy("AT", "Critical infrastructure protection framework in Bosnia and Herzegovina")
			.about("Planned support to a framework that identifies critical infrastructure and shares the duties "
					+ "for its protection between the State and the entities.")
			.funders("AT")
			.implementers("AT")
			.benefits("BA")
			.pillars("PRO")
			.budgetEur("150_000")
			.pledged("150_000", 2023)
			.planned("2023-04-01", "2023-12-31")
			.status(PIPELINE)
			.years(2022)
			.notPublic()
			.entered("at.focal", "2022-11-30 15:00")
			.link("BA", "PRO.3.1", "Critical infrastructure protection framework", FULL, null, null);
	}

	private static DemoProject italy() {
		return reportedBy("IT",
				"Tracing of seized firearms and investigations into illicit firearms trafficking " + "in Albania")
			.about("Training and equipment for tracing seized firearms, and joint intelligence-led investigations "
					+ "into illicit firearms trafficking.")
			.funders("IT")
			.implementers("IT")
			.benefits("AL")
			.pillars("PRO")
			.budgetEur("320_000")
			.committed("320_000", 2021)
			.disbursed("180_000", 2021)
			.disbursed("100_000", 2022)
			.planned("2021-06-01", "2022-12-31")
			.actual("2021-06-15", null)
			.status(FINALISATION)
			.years(2021, 2022)
			.entered("it.focal", "2022-02-22 11:00")
			.link("AL", "PRO.5.1", "Countering illicit firearms trafficking", FULL, null, null);
	}

	private static DemoProject italy2() {
		return reportedBy("IT",
				"Managing inmates convicted of terrorist offences in the State high-security prison "
						+ "of Bosnia and Herzegovina")
			.about("Advice on the regime for inmates convicted of terrorist offences in the State high-security "
					+ "prison, and study visits to Italian prisons.")
			.funders("IT")
			.implementers("IT")
			.benefits("BA")
			.pillars("PRE")
			.budgetEur("210_000")
			.committed("210_000", 2020)
			.disbursed("90_000", 2020)
			.disbursed("120_000", 2021)
			.planned("2020-10-01", "2021-12-31")
			.actual("2020-10-01", "2021-12-17")
			.status(CLOSED)
			.years(2021)
			.entered("it.focal", "2022-02-22 11:40")
			.link("BA", "PRE.3.1", "Operational high-security State prison", PARTIAL, null,
					"The regime for terrorist inmates; not the opening of the prison itself.");
	}

	private static DemoProject uk() {
		return reportedBy("UK", "Strategic communication against violent extremist narratives in Kosovo* and Serbia")
			.about("Strategic communication units, campaign planning and monitoring of violent extremist narratives "
					+ "online and offline.")
			.funders("UK")
			.implementers("UK")
			.benefits("XK", "RS")
			.pillars("PRE")
			.budget("400_000", "GBP", GBP_RATE)
			.committed("400_000", 2021)
			.disbursed("150_000", 2021)
			.disbursed("160_000", 2022)
			.planned("2021-04-01", "2023-03-31")
			.actual("2021-04-01", null)
			.status(IMPLEMENTATION)
			.years(2021, 2022)
			.entered("uk.focal", "2022-03-01 10:00")
			.link("XK", "PRE.2.2", "Strategic communication against violent extremist narratives", FULL, null, null)
			.link("RS", "PRE.2.2", "Strategic communication (StratCom) capacity", FULL, null, null);
	}

	private static DemoProject uk2() {
		return reportedBy("UK",
				"Follow-up of the Moneyval recommendations on the financing of terrorism in " + "Montenegro")
			.about("Legal drafting support and training for the financial intelligence unit and supervisors on the "
					+ "Moneyval recommendations concerning the financing of terrorism.")
			.funders("UK")
			.implementers("UNODC")
			.benefits("ME")
			.pillars("RES")
			.budget("250_000", "GBP", GBP_RATE)
			.committed("250_000", 2022)
			.disbursed("100_000", 2022)
			.planned("2022-01-01", "2023-06-30")
			.actual("2022-02-01", null)
			.status(IMPLEMENTATION)
			.years(2022)
			.entered("uk.focal", "2022-10-27 14:00")
			.link("ME", "RES.2.3", "Follow-up of the Moneyval recommendations", PARTIAL, null,
					"The recommendations on the financing of terrorism only.");
	}

}
