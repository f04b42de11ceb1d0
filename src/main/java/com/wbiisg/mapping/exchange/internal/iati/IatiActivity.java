package com.wbiisg.mapping.exchange.internal.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.exchange.ImportError;
import org.jspecify.annotations.Nullable;

/**
 * One {@code iati-activity} of an IATI 2.0x file as read, before it is mapped to a
 * project: texts keep every language (keys are lower-case language codes, in file order),
 * codes are kept as written, and what could not be read is in {@code problems}.
 *
 * @param position the 1-based number of the activity in the file
 * @param dates activity dates by IATI ActivityDateType code (1 planned start, 2 actual
 * start, 3 planned end, 4 actual end)
 * @param descriptions the texts of each description type ("1" general when none given),
 * by language
 */
public record IatiActivity(int position, @Nullable String identifier, @Nullable String defaultCurrency,
		@Nullable Org reportingOrg, List<Participant> participants, Map<String, String> titles,
		Map<String, Map<String, String>> descriptions, @Nullable String status, Map<String, LocalDate> dates,
		List<Budget> budgets, List<Transaction> transactions, List<Country> countries, List<Region> regions,
		List<Sector> sectors, List<ImportError> problems) {

	public IatiActivity {
		participants = List.copyOf(participants);
		titles = Collections.unmodifiableMap(new LinkedHashMap<>(titles));
		descriptions = Collections.unmodifiableMap(new LinkedHashMap<>(descriptions));
		dates = Map.copyOf(dates);
		budgets = List.copyOf(budgets);
		transactions = List.copyOf(transactions);
		countries = List.copyOf(countries);
		regions = List.copyOf(regions);
		sectors = List.copyOf(sectors);
		problems = List.copyOf(problems);
	}

	/**
	 * An organisation as the file names it: its IATI organisation identifier, IATI
	 * OrganisationType code and name (English preferred).
	 */
	public record Org(@Nullable String ref, @Nullable String type, @Nullable String name) {
	}

	/**
	 * A participating organisation in an IATI OrganisationRole (1 funding, 2 accountable,
	 * 3 extending, 4 implementing).
	 */
	public record Participant(Org org, @Nullable String role) {
	}

	/**
	 * An amount with its currency ({@code null}: the activity's default currency).
	 */
	public record Value(BigDecimal amount, @Nullable String currency, @Nullable LocalDate valueDate) {
	}

	/**
	 * A budget of IATI BudgetType 1 original or 2 revised for a period.
	 */
	public record Budget(@Nullable String type, @Nullable LocalDate periodStart, @Nullable LocalDate periodEnd,
			@Nullable Value value) {
	}

	/**
	 * A transaction of an IATI TransactionType, with the countries it names when the
	 * activity names none.
	 */
	public record Transaction(@Nullable String type, @Nullable LocalDate date, @Nullable Value value,
			List<String> countries) {

		public Transaction {
			countries = List.copyOf(countries);
		}

	}

	/**
	 * A recipient country (ISO 3166-1 alpha-2).
	 */
	public record Country(String code, @Nullable BigDecimal percentage) {
	}

	/**
	 * A recipient region in a vocabulary (1 OECD DAC, the default).
	 */
	public record Region(String code, @Nullable String vocabulary, @Nullable BigDecimal percentage) {
	}

	/**
	 * A sector in a vocabulary (1 DAC 5-digit, the default; 2 DAC 3-digit; 98/99 the
	 * reporting organisation's own).
	 */
	public record Sector(String code, @Nullable String vocabulary, @Nullable BigDecimal percentage) {
	}

}
