package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.responses.ProjectInput;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a project's money that the constraints of {@link ProjectInput} do not
 * make alone: theirs told under the names of the budget's fields, a rate to EUR (1 for
 * EUR) that depends on the currency, funding amounts with their stage. Problems are
 * collected, not thrown.
 */
final class MoneyRules {

	static final String EUR = "EUR";

	static final int MAX_FUNDING = 50;

	static final int MAX_RATE_DECIMALS = 8;

	private MoneyRules() {
	}

	/**
	 * The budget's amount, the problems of its check those of {@code budget.amount}.
	 */
	static @Nullable BigDecimal budget(ProjectInput input, RecordValidation.Checked alone,
			List<FieldProblem> problems) {
		alone.problems("budgetAmount").forEach((problem) -> problems.add(problem.at("budget.amount")));
		return input.budgetAmount();
	}

	/**
	 * The budget's currency in capitals, EUR when none is given; the problems of its
	 * check those of {@code budget.currency}.
	 */
	static String currency(ProjectInput input, RecordValidation.Checked alone, List<FieldProblem> problems) {
		alone.problems("currency").forEach((problem) -> problems.add(problem.at("budget.currency")));
		String given = input.currency();
		return (given == null || given.isBlank()) ? EUR : given.trim().toUpperCase(Locale.ROOT);
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
			RecordValidation.problems(line).forEach((problem) -> problems.add(problem.at("funding")));
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
