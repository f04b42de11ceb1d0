package com.wbiisg.mapping.responses.internal;

import java.util.List;

import static com.wbiisg.mapping.responses.Coverage.FULL;
import static com.wbiisg.mapping.responses.Coverage.PARTIAL;
import static com.wbiisg.mapping.responses.ProjectStatus.FINALISATION;
import static com.wbiisg.mapping.responses.ProjectStatus.IMPLEMENTATION;
import static com.wbiisg.mapping.responses.ProjectStatus.PIPELINE;
import static com.wbiisg.mapping.responses.internal.DemoProject.reportedBy;

/**
 * The illustrative WBCTi projects of the international members of the WBCTi Support
 * Group: UNODC, the OSCE Mission to Bosnia and Herzegovina, GIZ, DCAF Ljubljana and the
 * European Commission (facts §1). UNODC, DCAF and the Commission have no demo account, so
 * the Secretariat entered their projects on their behalf.
 *
 * <p>
 * These are not real projects. Each one's theme is a measure of the WBCTi framework
 * 2021–2022 and the needs the partners entered under it (the JAP priority actions of
 * facts §3.3); budgets, funding and dates are illustrative, since the facts give no
 * figures for them.
 */
final class DemoProjectsOrganisations {

	private DemoProjectsOrganisations() {
	}

	static List<DemoProject> projects() {
		return List.of(unodc(), osce(), giz(), commission(), dcaf(), commission2());
	}

	private static DemoProject unodc() {
		return reportedBy("UNODC", "Financial investigation of the financing of terrorism in Kosovo* and Montenegro")
			.about("Training of financial investigators and prosecutors to trace the financing of terrorism, with "
					+ "mentoring on live cases.")
			.funders("EC")
			.accountable("UNODC")
			.implementers("UNODC")
			.benefits("XK", "ME")
			.pillars("RES")
			.budgetEur("900_000")
			.committed("900_000", 2021)
			.disbursed("300_000", 2021)
			.disbursed("350_000", 2022)
			.planned("2021-07-01", "2023-06-30")
			.actual("2021-09-01", null)
			.status(IMPLEMENTATION)
			.years(2021, 2022)
			.entered(ResponsesDemoCatalogue.SECRETARIAT, "2022-03-16 09:00")
			.link("XK", "RES.2.3", "Financial investigation capacity against terrorism financing", FULL, 60, null)
			.link("ME", "RES.2.3", "Follow-up of the Moneyval recommendations", PARTIAL, 40,
					"Financial investigations; the legal follow-up of the recommendations is not covered.");
	}

	private static DemoProject osce() {
		return reportedBy("OSCE",
				"Rehabilitation and reintegration of returned foreign terrorist fighters and their "
						+ "families in Bosnia and Herzegovina")
			.about("Case management by multi-agency teams of the entities and Br\u010dko District for returned "
					+ "foreign terrorist fighters and their families, children included.")
			.funders("OSCE")
			.implementers("OSCE")
			.benefits("BA")
			.pillars("PRE")
			.budgetEur("350_000")
			.committed("350_000", 2021)
			.disbursed("170_000", 2021)
			.disbursed("140_000", 2022)
			.planned("2021-01-01", "2022-12-31")
			.actual("2021-03-01", null)
			.status(FINALISATION)
			.years(2021, 2022)
			.notPublic()
			.entered("osce.focal", "2022-03-08 10:00")
			.link("BA", "PRE.4.1", "Reintegration of returned FTFs and their family members", FULL, null, null);
	}

	private static DemoProject giz() {
		return reportedBy("GIZ",
				"Local multi-agency referral mechanisms for the prevention of violent extremism in "
						+ "Albania and Serbia")
			.about("Local multi-agency teams of police, schools, social services and civil society organisations "
					+ "that refer and follow up persons at risk of radicalisation.")
			.funders("BMZ")
			.implementers("GIZ")
			.benefits("AL", "RS")
			.pillars("PRE")
			.budgetEur("1_200_000")
			.committed("1_200_000", 2021)
			.disbursed("400_000", 2021)
			.disbursed("500_000", 2022)
			.planned("2021-03-01", "2023-02-28")
			.actual("2021-04-01", null)
			.status(IMPLEMENTATION)
			.years(2021, 2022)
			.entered("giz.focal", "2022-03-10 09:00")
			.link("AL", "PRE.2.3", "Local multi-agency referral mechanisms with civil society", FULL, 40, null)
			.link("RS", "PRE.2.3", "Multi-agency approach including civil society organisations", FULL, 40, null)
			.link("RS", "PRE.2.1", "Training of teachers, police, social workers and religious representatives",
					PARTIAL, 20, "Joint training of the local teams: police, schools and social services.");
	}

	private static DemoProject commission() {
		return reportedBy("EC",
				"Rehabilitation and reintegration of returnees and their families in Bosnia and "
						+ "Herzegovina and Kosovo*")
			.about("Municipal services, schools and health care for the rehabilitation and reintegration of "
					+ "returned foreign terrorist fighters and their families.")
			.funders("EC")
			.implementers("GIZ")
			.benefits("BA", "XK")
			.pillars("PRE")
			.budgetEur("2_000_000")
			.committed("2_000_000", 2021)
			.disbursed("600_000", 2022)
			.planned("2021-07-01", "2023-12-31")
			.actual("2021-10-01", null)
			.status(IMPLEMENTATION)
			.years(2021, 2022)
			.entered(ResponsesDemoCatalogue.SECRETARIAT, "2022-03-15 11:00")
			.link("BA", "PRE.4.1", "Reintegration of returned FTFs and their family members", PARTIAL, null,
					"Reintegration in the municipalities; rehabilitation in prison is not covered.")
			.link("XK", "PRE.4.1", "Reintegration of returnees and their families in the municipalities", FULL, null,
					null);
	}

	private static DemoProject dcaf() {
		return reportedBy("DCAF", "Counter-terrorism analysis capacity and threat assessment methodology in Kosovo*")
			.about("Support to the national terrorism threat assessment and training of analysts, co-funded by the "
					+ "WBCTi lead partners.")
			.funders("SI", "AT")
			.implementers("DCAF")
			.benefits("XK")
			.pillars("ANT")
			.budgetEur("240_000")
			.committed("240_000", 2021)
			.disbursed("80_000", 2021)
			.disbursed("100_000", 2022)
			.planned("2021-09-01", "2023-08-31")
			.actual("2021-09-15", null)
			.status(IMPLEMENTATION)
			.years(2021, 2022)
			.entered(ResponsesDemoCatalogue.SECRETARIAT, "2022-03-18 16:00")
			.link("XK", "ANT.1.1", "National terrorism threat assessment", FULL, 70, null)
			.link("XK", "ANT.1.2", "Analytical capacity to keep the threat assessment up to date", PARTIAL, 30,
					"Training of analysts; the update methodology is planned for a second phase.");
	}

	private static DemoProject commission2() {
		return reportedBy("EC",
				"Alignment of the criminal legislation on terrorist offences with EU law in Bosnia "
						+ "and Herzegovina")
			.about("Planned legal drafting support for the amendments on terrorist offences and their penalties; "
					+ "the implementing partner is still to be contracted.")
			.funders("EC")
			.benefits("BA")
			.pillars("RES")
			.budgetEur("1_000_000")
			.committed("1_000_000", 2022)
			.planned("2023-01-16", "2023-12-31")
			.status(PIPELINE)
			.years(2022)
			.entered(ResponsesDemoCatalogue.SECRETARIAT, "2022-11-15 10:00")
			.link("BA", "RES.2.1", "Criminal code aligned with EU law on terrorist offences", FULL, null, null);
	}

}
