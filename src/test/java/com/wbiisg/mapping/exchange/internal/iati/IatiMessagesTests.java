package com.wbiisg.mapping.exchange.internal.iati;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.wbiisg.mapping.exchange.ImportError;
import com.wbiisg.mapping.exchange.internal.ImportRejected;
import com.wbiisg.mapping.responses.FundingStage;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The IATI import's texts come from the message bundle word for word as they were written
 * in the code before: previews and the errors of stored jobs show them, and no number is
 * grouped.
 */
class IatiMessagesTests {

	private static final String NO_PARTNER = "No recipient country among AL, BA, XK, ME, MK, RS and no Western Balkans"
			+ " region (OECD DAC 88)";

	@Test
	void saysWhyAnActivityIsSkipped() {
		IatiActivityBuilder none = new IatiActivityBuilder(1, null, "en");
		assertThat(IatiMapping.skipReason(none.build())).isEqualTo(NO_PARTNER + ".");

		IatiActivityBuilder elsewhere = new IatiActivityBuilder(2, null, "en");
		elsewhere.country(new IatiActivity.Country("FR", null));
		elsewhere.region(new IatiActivity.Region("89", null, null));
		assertThat(IatiMapping.skipReason(elsewhere.build())).isEqualTo(NO_PARTNER + "; it names FR, region 89.");
	}

	@Test
	void countsTheErrorsOfAnActivityNotImported() {
		assertThat(IatiRun.notImported(7, 1)).isEqualTo("Not imported: 1 error in activity 7.");
		assertThat(IatiRun.notImported(14501, 2)).isEqualTo("Not imported: 2 errors in activity 14501.");
		assertThat(IatiRun.notImported(3, 1234)).isEqualTo("Not imported: 1234 errors in activity 3.");
	}

	@Test
	void refusesADoctypeWhereTheParserFindsIt() {
		String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities>\n<iati-activities version=\"2.03\"/>";
		assertThatThrownBy(() -> new IatiReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(ImportRejected.class)
			.hasMessage(
					"The file has a DOCTYPE at line 1, column 22; DOCTYPEs and entity declarations are not accepted."
							+ " Remove the <!DOCTYPE …> line.");
	}

	@Test
	void refusesAnotherVersion() {
		String xml = "<iati-activities version=\"1.05\"/>";
		assertThatThrownBy(() -> new IatiReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
			.hasMessage("The IATI version is 1.05; files of versions 2.01, 2.02 and 2.03 are read"
					+ " (attribute version of <iati-activities>).");
	}

	@Test
	void namesEveryProblemOfAnActivity() {
		IatiActivityBuilder activity = new IatiActivityBuilder(5, "USD", "en");
		activity.identifier("XM 1");
		activity.reportingOrg(new IatiActivity.Org("XM-1", null, "Agency"));
		activity.titles(Map.of("en", "Title"));
		activity.status("9");
		activity.participant(new IatiActivity.Participant(new IatiActivity.Org("XM-2", null, "Funder"), "7"));
		activity.date("1", LocalDate.of(2021, 5, 1));
		activity.date("3", LocalDate.of(2021, 1, 1));
		activity.budget(new IatiActivity.Budget("1", null, null, value("-5", "GBP", null)));
		activity.transaction(new IatiActivity.Transaction("3", LocalDate.of(2020, 3, 1),
				value("-1234567.5", null, null), List.of()));
		activity.transaction(new IatiActivity.Transaction("2", null, value("-1", null, null), List.of()));
		activity.transaction(
				new IatiActivity.Transaction("12", LocalDate.of(1980, 1, 1), value("10", null, null), List.of()));
		IatiValues.date(activity, "activity-date/@iso-date", "2021-13-45");
		IatiValues.number(activity, "budget/value", "12,5");

		List<ImportError> errors = new ArrayList<>();
		assertThat(new IatiMapping(Map.of()).draft(activity.build(), List.of("AL"), errors)).isEmpty();
		assertThat(errors).extracting(ImportError::message)
			.containsExactly("\"2021-13-45\" is not a date such as 2021-03-04.",
					"\"12,5\" is not a number such as 1500000.00.",
					"The identifier \"XM 1\" has spaces or one of / & | ? (or is over 150 characters); the platform"
							+ " cannot match it.",
					"Unknown activity status 9; IATI ActivityStatus codes are 1 to 6.",
					"Unknown role 7 of Funder (XM-2); IATI OrganisationRole codes are 1 funding, 2 accountable,"
							+ " 3 extending and 4 implementing.",
					"The activity names no funding organisation (participating-org role 1).",
					"The end date 2021-01-01 is before the start date 2021-05-01.",
					"The amounts are in USD and GBP; a project keeps its amounts in one currency.",
					"There is no rate to EUR for USD; the Secretariat sets one as iisg.exchange.iati.eur-rates.USD.",
					"The budgets add up to -5.00 USD; a budget is not negative.",
					"A transaction of 1980 lies outside the years 1990 to 2100 that the platform records.",
					"The committed amounts add up to -1.00 USD; funding is not negative.",
					"The disbursed amounts of 2020 add up to -1234567.50 USD; funding is not negative.");
	}

	@Test
	void keepsTheApostropheOfARefusalWithArguments() {
		assertThat(UserText.of("exchange.iati.notUploadersOrganisation", "Agency (XM-1)").english())
			.isEqualTo("The activity is reported by Agency (XM-1); a partner focal point imports the activities of its"
					+ " own organisation (the Secretariat records the organisation's IATI identifier in the registry).");
	}

	@Test
	void namesEveryRoleAndStageAsTheirCodeDid() {
		for (OrganisationRole role : OrganisationRole.values()) {
			String key = "exchange.iati.role." + role.name();
			assertThat(UserText.of(key).english()).isEqualTo(role.name().toLowerCase(Locale.ROOT));
		}
		for (FundingStage stage : FundingStage.values()) {
			String key = "exchange.iati.stage." + stage.name();
			assertThat(UserText.of(key).english()).isEqualTo(stage.name().toLowerCase(Locale.ROOT));
		}
	}

	private static IatiActivity.Value value(String amount, @Nullable String currency, @Nullable LocalDate date) {
		return new IatiActivity.Value(new BigDecimal(amount), currency, date);
	}

}
