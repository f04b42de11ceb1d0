package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Currency;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a project's money: ISO 4217 currencies, a rate to EUR (1 for EUR),
 * amounts that are not negative and have at most two decimals, funding amounts with their
 * stage. Problems are collected, not thrown.
 */
final class MoneyRules {

	static final String EUR = "EUR";

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

	private MoneyRules() {
	}

	static @Nullable BigDecimal amount(@Nullable BigDecimal amount, String field, List<FieldProblem> problems) {
		if (amount == null) {
			return null;
		}
		if (amount.signum() < 0) {
			problems.add(new FieldProblem(field, "An amount is not negative."));
		}
		else if (amount.compareTo(MAX_AMOUNT) >= 0) {
			problems.add(new FieldProblem(field, "An amount is under 1 trillion."));
		}
		else if (amount.stripTrailingZeros().scale() > 2) {
			problems.add(new FieldProblem(field, "An amount has at most two decimals."));
		}
		return amount;
	}

	static String currency(@Nullable String given, List<FieldProblem> problems) {
		if (given == null || given.isBlank()) {
			return EUR;
		}
		String code = given.trim().toUpperCase(Locale.ROOT);
		boolean known = Currency.getAvailableCurrencies()
			.stream()
			.anyMatch((currency) -> currency.getCurrencyCode().equals(code));
		if (!known) {
			problems.add(new FieldProblem("budget.currency",
					"Unknown currency " + given.trim() + "; use an ISO 4217 code such as EUR, GBP or USD."));
		}
		return code;
	}

	static BigDecimal eurRate(String currency, @Nullable BigDecimal rate, List<FieldProblem> problems) {
		if (EUR.equals(currency)) {
			if (rate != null && rate.compareTo(BigDecimal.ONE) != 0) {
				problems.add(new FieldProblem("budget.eurRate", "A budget in EUR has the rate 1."));
			}
			return BigDecimal.ONE;
		}
		if (rate == null) {
			problems.add(new FieldProblem("budget.eurRate",
					"Give the rate to EUR: how many euros one " + currency + " is worth."));
			return BigDecimal.ONE;
		}
		if (rate.signum() <= 0 || rate.compareTo(new BigDecimal("1000000")) >= 0
				|| rate.stripTrailingZeros().scale() > 8) {
			problems.add(new FieldProblem("budget.eurRate",
					"The rate to EUR is a positive number with at most 8 decimals."));
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
				problems.add(
						new FieldProblem("funding", "Give the stage of each amount: pledged, committed or disbursed."));
			}
			if (line.amount() == null) {
				problems.add(new FieldProblem("funding", "Give the amount of each funding stage."));
			}
			amount(line.amount(), "funding", problems);
			if (line.year() != null
					&& (line.year() < ProjectRules.FIRST_YEAR || line.year() > ProjectRules.LAST_YEAR)) {
				problems.add(new FieldProblem("funding", "A funding year lies between 1990 and 2100."));
			}
			if (line.stage() != null && line.amount() != null) {
				funding.add(new ProjectContent.Funding(line.stage(), line.amount(), line.year()));
			}
		}
		if (funding.size() > 50) {
			problems.add(new FieldProblem("funding", "At most 50 funding amounts."));
		}
		return funding;
	}

}
