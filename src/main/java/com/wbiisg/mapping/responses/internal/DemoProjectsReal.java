package com.wbiisg.mapping.responses.internal;

import java.util.List;

import com.wbiisg.mapping.responses.ProjectStatus;

import static com.wbiisg.mapping.responses.internal.DemoProject.reportedBy;

/**
 * The two real projects of the IISG facts (§4, "Real response examples"), with the
 * figures the sources give and nothing more: no funding stages, no IATI identifier, and
 * no links to needs, since both serve WBCSCi, which has no needs in the demo.
 *
 * <p>
 * <em>Countering Serious Crime in the Western Balkans – IPA 2019</em> ran from 1 July
 * 2020 to 30 June 2023 and closed with a conference in Rome in June 2023. The demo stands
 * at the end of 2022, while the round 2022 is open (see ResponsesDemoCatalogue), so it
 * shows the project in implementation, with its planned end; its reporting years are the
 * years of its period. GIZ, its lead implementer, reports it. The facts name its funders
 * and implementers but not its beneficiaries one by one; as a regional project of the
 * Western Balkans it benefits all six partners.
 *
 * <p>
 * The <em>UNODC regional AML/CFT programme</em> ran from December 2017 to December 2019;
 * the source gives months, stored as the first and last day. It is regional (REG).
 */
final class DemoProjectsReal {

	static final String SERIOUS_CRIME = "Countering Serious Crime in the Western Balkans \u2013 IPA 2019";

	static final String AML_CFT = "UNODC regional AML/CFT programme";

	private DemoProjectsReal() {
	}

	static List<DemoProject> projects() {
		return List.of(reportedBy("GIZ", SERIOUS_CRIME)
			.about("Regional project against serious and organised crime, funded by the European Union (IPA 2019) "
					+ "and the German Federal Ministry for Economic Cooperation and Development (BMZ) and co-funded "
					+ "by the Italian Ministry of the Interior; implemented by GIZ, the Italian Ministry of the "
					+ "Interior and the Center for International Legal Cooperation (CILC). It supports the IISG "
					+ "mechanism. Sources: https://www.cilc.nl/project/countering-serious-crime-in-the-western-"
					+ "balkans-ipa2019/ ; https://cscwb.info/2023/06/07/closing-conference-of-the-regional-project-"
					+ "countering-serious-crime-in-the-western-balkans-held-in-rome/")
			.funders("EC", "BMZ", "IT")
			.implementers("GIZ", "IT", "CILC")
			.benefits("AL", "BA", "XK", "ME", "MK", "RS")
			.initiative(ResponsesDemoCatalogue.WBCSCI)
			.budgetEur("17_915_000")
			.planned("2020-07-01", "2023-06-30")
			.actual("2020-07-01", null)
			.status(ProjectStatus.IMPLEMENTATION)
			.years(2020, 2021, 2022, 2023)
			.entered("giz.focal", "2022-01-24 10:30"),
				reportedBy("UNODC", AML_CFT)
					.about("Regional programme of UNODC on anti-money laundering and countering the financing of "
							+ "terrorism (AML/CFT) in the Western Balkans, linked to IISG Pillar II (WBCSCi). "
							+ "EC contribution EUR 2.5 million of a total of EUR 2,631,578.95. "
							+ "Source: https://www.unodc.org/brussels/en/aml_cft.html")
					.funders("EC")
					.accountable("UNODC")
					.implementers("UNODC")
					.benefits("REG")
					.initiative(ResponsesDemoCatalogue.WBCSCI)
					.budgetEur("2_631_578.95")
					.planned("2017-12-01", "2019-12-31")
					.actual("2017-12-01", "2019-12-31")
					.status(ProjectStatus.CLOSED)
					.years(2017, 2018, 2019)
					.entered(ResponsesDemoCatalogue.SECRETARIAT, "2022-02-07 11:00"));
	}

}
