package com.wbiisg.mapping.exchange.internal.iati;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.wbiisg.mapping.responses.FundingStage;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * The money of an activity as {@link IatiMapping} describes it: one currency, its rate to
 * EUR, the budget (revised replacing original per period) and the funding per stage and
 * year from the transactions.
 */
final class IatiMoney {

	private IatiMoney() {
	}

	/**
	 * The one currency of the activity's amounts: its default currency, else that of its
	 * first amount, else EUR.
	 */
	static String currency(IatiActivity activity, IatiMapping.Problems problems) {
		List<IatiActivity.Value> values = new ArrayList<>();
		activity.budgets().stream().map(IatiActivity.Budget::value).filter((v) -> v != null).forEach(values::add);
		activity.transactions()
			.stream()
			.map(IatiActivity.Transaction::value)
			.filter((v) -> v != null)
			.forEach(values::add);
		String currency = activity.defaultCurrency();
		if (currency == null) {
			currency = values.stream()
				.map(IatiActivity.Value::currency)
				.filter((c) -> c != null)
				.findFirst()
				.orElse("EUR");
		}
		String chosen = currency.toUpperCase(Locale.ROOT);
		for (IatiActivity.Value value : values) {
			if (value.currency() != null && !value.currency().equals(chosen)) {
				problems.add("value/@currency", UserText.of("exchange.iati.mixedCurrencies", chosen, value.currency()));
				break;
			}
		}
		return chosen;
	}

	static BigDecimal rate(Map<String, BigDecimal> eurRates, String currency, IatiMapping.Problems problems) {
		if ("EUR".equals(currency)) {
			return BigDecimal.ONE;
		}
		BigDecimal rate = eurRates.get(currency);
		if (rate == null) {
			problems.add("@default-currency", UserText.of("exchange.iati.noRate", currency));
			return BigDecimal.ONE;
		}
		return rate;
	}

	/**
	 * The sum of the budgets, a revised budget replacing the original ones of its period.
	 */
	static @Nullable BigDecimal budget(IatiActivity activity, String currency, IatiMapping.Problems problems) {
		Map<String, List<IatiActivity.Budget>> byPeriod = new TreeMap<>();
		for (IatiActivity.Budget budget : activity.budgets()) {
			if (budget.value() != null) {
				byPeriod.computeIfAbsent(budget.periodStart() + "/" + budget.periodEnd(), (key) -> new ArrayList<>())
					.add(budget);
			}
		}
		if (byPeriod.isEmpty()) {
			return null;
		}
		BigDecimal total = BigDecimal.ZERO;
		for (List<IatiActivity.Budget> budgets : byPeriod.values()) {
			boolean revised = budgets.stream().anyMatch((budget) -> "2".equals(budget.type()));
			for (IatiActivity.Budget budget : budgets) {
				if (!revised || "2".equals(budget.type())) {
					total = total.add(budget.value().amount());
				}
			}
		}
		total = total.setScale(2, RoundingMode.HALF_UP);
		if (total.signum() < 0) {
			problems.add("budget/value", UserText.of("exchange.iati.negativeBudget", total.toPlainString(), currency));
		}
		return total;
	}

	/**
	 * The transactions as funding amounts per stage and year of the transaction date.
	 */
	static List<ProjectView.Funding> funding(IatiActivity activity, String currency, IatiMapping.Problems problems) {
		Map<String, BigDecimal> sums = new TreeMap<>();
		for (IatiActivity.Transaction transaction : activity.transactions()) {
			FundingStage stage = stage(transaction.type());
			if (stage == null || transaction.value() == null) {
				continue;
			}
			LocalDate date = (transaction.date() != null) ? transaction.date() : transaction.value().valueDate();
			String key = stage.ordinal() + ":" + stage.name() + ":" + ((date == null) ? "" : date.getYear());
			sums.merge(key, transaction.value().amount(), BigDecimal::add);
		}
		List<ProjectView.Funding> funding = new ArrayList<>();
		sums.forEach((key, sum) -> {
			String[] parts = key.split(":", -1);
			Integer year = parts[2].isEmpty() ? null : Integer.valueOf(parts[2]);
			BigDecimal amount = sum.setScale(2, RoundingMode.HALF_UP);
			if (amount.signum() < 0) {
				String stageKey = "exchange.iati.stage." + parts[1];
				String stageName = UserText.of(stageKey).english();
				problems.add("transaction/value",
						(year == null)
								? UserText.of("exchange.iati.negativeFunding", stageName, amount.toPlainString(),
										currency)
								: UserText.of("exchange.iati.negativeFundingOf", stageName, year,
										amount.toPlainString(), currency));
			}
			else if (year != null && (year < 1990 || year > 2100)) {
				problems.add("transaction/transaction-date", UserText.of("exchange.iati.transactionYear", year));
			}
			else {
				funding.add(new ProjectView.Funding(FundingStage.valueOf(parts[1]), amount, year));
			}
		});
		if (funding.size() > 50) {
			problems.add("transaction", UserText.of("exchange.iati.tooManyAmounts", funding.size()));
		}
		return funding;
	}

	static @Nullable FundingStage stage(@Nullable String type) {
		if (type == null) {
			return null;
		}
		return switch (type) {
			case "12" -> FundingStage.PLEDGED;
			case "2" -> FundingStage.COMMITTED;
			case "3", "4" -> FundingStage.DISBURSED;
			default -> null;
		};
	}

}
