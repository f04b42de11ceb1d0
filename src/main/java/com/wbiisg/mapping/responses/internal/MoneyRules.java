package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Currency;

import com.wbiisg.mapping.responses.ProjectInput;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a project's money: ISO 4217 currencies, a rate to EUR (1 for EUR),
 * amounts that are not negative and have at most two decimals, funding amounts with their
 * stage. Problems are collected, not thrown.
 */
final class MoneyRules {

	/**
	 * The ISO 4217 codes, gathered once: the JDK builds a new set at each call of
	 * {@link Currency#getAvailableCurrencies()}, which was two thirds of the checks of an
	 * imported project.
	 */
	private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies()
		.stream()
		.map(Currency::getCurrencyCode)
		.collect(Collectors.toUnmodifiableSet());

	static final String EUR = "EUR";

	static final int MAX_FUNDING = 50;

	static final int MAX_RATE_DECIMALS = 8;

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

	private MoneyRules() {
	}

	static @Nullable BigDecimal amount(@Nullable BigDecimal amount, String field, List<FieldProblem> problems) {
		if (amount == null) {
			return null;
		}
		if (amount.signum() < 0) {
			problems.add(new FieldProblem(field, UserText.of("responses.money.negative")));
		}
		else if (amount.compareTo(MAX_AMOUNT) >= 0) {
			problems.add(new FieldProblem(field, UserText.of("responses.money.tooLarge")));
		}
		else if (amount.stripTrailingZeros().scale() > 2) {
			problems.add(new FieldProblem(field, UserText.of("responses.money.decimals")));
		}
		return amount;
	}

	static String currency(@Nullable String given, List<FieldProblem> problems) {
		if (given == null || given.isBlank()) {
			return EUR;
		}
		String code = given.trim().toUpperCase(Locale.ROOT);
		if (!CURRENCIES.contains(code)) {
			problems
				.add(new FieldProblem("budget.currency", UserText.of("responses.money.currencyUnknown", given.trim())));
		}
		return code;
	}

	static BigDecimal eurRate(String currency, @Nullable BigDecimal rate, List<FieldProblem> problems) {
		if (EUR.equals(currency)) {
			if (rate != null && rate.compareTo(BigDecimal.ONE) != 0) {
				problems.add(new FieldProblem("budget.eurRate", UserText.of("responses.money.eurRateOne")));
			}
			return BigDecimal.ONE;
		}
		if (rate == null) {
			problems.add(new FieldProblem("budget.eurRate", UserText.of("responses.money.rateRequired", currency)));
			return BigDecimal.ONE;
		}
		if (rate.signum() <= 0 || rate.compareTo(new BigDecimal("1000000")) >= 0
				|| rate.stripTrailingZeros().scale() > MAX_RATE_DECIMALS) {
			problems
				.add(new FieldProblem("budget.eurRate", UserText.of("responses.money.rateRange", MAX_RATE_DECIMALS)));
		}
		return rate;
	}

	static List<ProjectContent.Funding> funding(@Nullable List<ProjectInput.FundingLine> given,
			List<FieldProblem> problems) {
		List<ProjectContent.Funding> funding = new ArrayList<>();
		for (ProjectInput.FundingLine line : (given == null) ? List.<ProjectInput.FundingLine>of() : given) {
			if (line == null || (line.stage() == null && line.amount() == null && line.year() == null)) {
				continue;
			}
			if (line.stage() == null) {
				problems.add(new FieldProblem("funding", UserText.of("responses.money.stageRequired")));
			}
			if (line.amount() == null) {
				problems.add(new FieldProblem("funding", UserText.of("responses.money.amountRequired")));
			}
			amount(line.amount(), "funding", problems);
			if (line.year() != null && !PeriodRules.isYear(line.year())) {
				problems.add(new FieldProblem("funding",
						UserText.of("responses.money.yearRange", PeriodRules.FIRST_YEAR, PeriodRules.LAST_YEAR)));
			}
			if (line.stage() != null && line.amount() != null) {
				funding.add(new ProjectContent.Funding(line.stage(), line.amount(), line.year()));
			}
		}
		if (funding.size() > MAX_FUNDING) {
			problems.add(new FieldProblem("funding", UserText.of("responses.money.tooManyAmounts", MAX_FUNDING)));
		}
		return funding;
	}

}
