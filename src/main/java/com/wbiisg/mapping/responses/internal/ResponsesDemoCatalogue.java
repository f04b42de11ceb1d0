package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.responses.Coverage;
import org.jspecify.annotations.Nullable;

/**
 * The demo response mapping as a table: the projects (the two real ones of facts §4 and
 * an illustrative WBCTi portfolio) and the annual rounds 2021 and 2022 with the members
 * that confirmed their portfolio.
 *
 * <p>
 * The demo stands where the facts put the response mapping at the end of 2022: the round
 * 2021 ran once the response mapping methodology had been agreed (WBBSi SG, Budva, 23–24
 * September 2021, for the Board then planned in December 2021) and closed in spring 2022;
 * the round 2022 opened before the national thematic meetings on response mapping
 * (Skopje, 25 October 2022; Podgorica, 9 December 2022) and is still open. The response
 * mapping reports 2021 and 2022 were discussed at the 5th Regional WBCTi SG in Budva on
 * 27 April 2023 (§2 timeline). Which members confirmed, and when, is illustrative.
 */
final class ResponsesDemoCatalogue {

	static final String WBCTI = "WBCTi";

	static final String WBCSCI = "WBCSCi";

	static final String SECRETARIAT = "secretariat";

	private static final String ON_BEHALF = "Confirmed by the Secretariat on the member's behalf.";

	private ResponsesDemoCatalogue() {
	}

	static List<DemoProject> projects() {
		List<DemoProject> projects = new ArrayList<>();
		projects.addAll(DemoProjectsReal.projects());
		projects.addAll(DemoProjectsMemberStates.projects());
		projects.addAll(DemoProjectsOrganisations.projects());
		return projects;
	}

	static List<DemoRound> rounds() {
		return List.of(
				new DemoRound(2021, at("2022-01-17 09:00"), at("2022-03-31 17:00"),
						List.of(confirmed("SI", "si.focal", "2022-02-21 10:15", null),
								confirmed("AT", "at.focal", "2022-02-24 14:30", null),
								confirmed("IT", "it.focal", "2022-03-02 11:00", null),
								confirmed("UK", "uk.focal", "2022-03-04 09:40", null),
								confirmed("OSCE", "osce.focal", "2022-03-09 15:20", null),
								confirmed("GIZ", "giz.focal", "2022-03-10 10:05", null),
								confirmed("EC", SECRETARIAT, "2022-03-15 12:00", ON_BEHALF),
								confirmed("UNODC", SECRETARIAT, "2022-03-16 09:30", ON_BEHALF),
								confirmed("DCAF", SECRETARIAT, "2022-03-18 16:45", ON_BEHALF))),
				new DemoRound(2022, at("2022-10-03 09:00"), null,
						List.of(confirmed("SI", "si.focal", "2022-11-28 10:00", null), confirmed("AT", "at.focal",
								"2022-12-09 08:30", "Confirmed after the national meeting in Podgorica."))));
	}

	private static DemoConfirmation confirmed(String organisation, String by, String at, @Nullable String note) {
		return new DemoConfirmation(organisation, by, at(at), note);
	}

	/**
	 * A time in UTC, written "yyyy-MM-dd HH:mm".
	 */
	static Instant at(String dateTime) {
		return LocalDateTime.parse(dateTime.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
	}

	static @Nullable LocalDate date(@Nullable String date) {
		return (date == null) ? null : LocalDate.parse(date);
	}

	static BigDecimal amount(String amount) {
		return new BigDecimal(amount.replace("_", ""));
	}

	/**
	 * A response mapping round: the reporting year, when the Secretariat opened it, when
	 * it closed it (null: still open), and the confirmations made while it was open.
	 */
	record DemoRound(int year, Instant openedAt, @Nullable Instant closedAt, List<DemoConfirmation> confirmations) {
	}

	/**
	 * A member's confirmation of its portfolio, by its focal point or by the Secretariat
	 * on its behalf.
	 */
	record DemoConfirmation(String organisation, String by, Instant at, @Nullable String note) {
	}

	/**
	 * A link of a demo project to a demo need, found by the need's partner, measure and
	 * title; the share is a percentage of the project's budget, null for an even split.
	 */
	record DemoLink(String partner, String measure, String needTitle, Coverage coverage, @Nullable BigDecimal share,
			@Nullable String note) {
	}

}
