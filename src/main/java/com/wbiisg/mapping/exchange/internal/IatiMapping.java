package com.wbiisg.mapping.exchange.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.wbiisg.mapping.responses.FundingStage;
import com.wbiisg.mapping.responses.IatiProjectRecord;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.ProjectView;
import org.jspecify.annotations.Nullable;

/**
 * Maps an IATI activity to a project, or says why it is skipped or what is wrong with it.
 * The rules:
 * <ul>
 * <li>beneficiaries are the recipient countries AL, BA, XK, ME, MK and RS (those of the
 * transactions when the activity names none); without any, an activity for the OECD DAC
 * region 88 "States Ex-Yugoslavia unspecified" is regional (REG), and any other is
 * skipped: 89 "Europe, regional" and 998 "Developing countries, unspecified" reach far
 * beyond the Western Balkans;</li>
 * <li>the status is the ActivityStatus code, the dates the ActivityDateType 1–4;</li>
 * <li>the budget is the sum of the budgets, a revised budget (type 2) replacing the
 * original ones of the same period; transactions count as funding per stage and year:
 * outgoing pledges (12) as pledged, outgoing commitments (2) as committed, disbursements
 * (3) and expenditure (4) as disbursed; other types are not funding of the project;</li>
 * <li>amounts are in one currency, rounded to cents, converted to EUR at the configured
 * rate;</li>
 * <li>titles and descriptions: English preferred, every language kept; sectors kept.</li>
 * </ul>
 */
public final class IatiMapping {

	static final List<String> WESTERN_BALKANS = List.of("AL", "BA", "XK", "ME", "MK", "RS");

	static final String WESTERN_BALKANS_REGION = "88";

	static final String REGIONAL = "REG";

	/**
	 * The IATI identifiers the platform keeps (as the responses module checks them).
	 */
	private static final Pattern IDENTIFIER = Pattern.compile("[^\\s/&|?]{1,150}");

	private static final int TITLE_LENGTH = 300;

	private static final int TEXT_LENGTH = 4000;

	private final Map<String, BigDecimal> eurRates;

	public IatiMapping(Map<String, BigDecimal> eurRates) {
		this.eurRates = eurRates;
	}

	/**
	 * The activity's beneficiaries among the WB partners, or empty when it is skipped.
	 */
	public List<String> partners(IatiActivity activity) {
		Set<String> countries = new LinkedHashSet<>();
		activity.countries().forEach((country) -> countries.add(country.code()));
		if (countries.isEmpty()) {
			activity.transactions().forEach((transaction) -> countries.addAll(transaction.countries()));
		}
		List<String> partners = WESTERN_BALKANS.stream().filter(countries::contains).toList();
		if (!partners.isEmpty()) {
			return partners;
		}
		boolean regional = countries.isEmpty() && activity.regions()
			.stream()
			.anyMatch((region) -> WESTERN_BALKANS_REGION.equals(region.code())
					&& (region.vocabulary() == null || "1".equals(region.vocabulary())));
		return regional ? List.of(REGIONAL) : List.of();
	}

	/**
	 * Why the activity is skipped.
	 */
	static String skipReason(IatiActivity activity) {
		List<String> named = new ArrayList<>();
		activity.countries().forEach((country) -> named.add(country.code()));
		activity.regions().forEach((region) -> named.add("region " + region.code()));
		return "No recipient country among AL, BA, XK, ME, MK, RS and no Western Balkans region (OECD DAC 88)"
				+ (named.isEmpty() ? "" : "; it names " + String.join(", ", named)) + ".";
	}

	/**
	 * The project of an activity that benefits {@code partners}, with every problem added
	 * to {@code errors}; empty when there are any.
	 */
	public Optional<IatiDraft> draft(IatiActivity activity, List<String> partners, List<ImportError> errors) {
		Problems problems = new Problems(activity.position(), errors);
		errors.addAll(activity.problems());
		String identifier = activity.identifier();
		if (identifier == null) {
			problems.add("iati-identifier", "The activity has no identifier.");
		}
		else if (!IDENTIFIER.matcher(identifier).matches()) {
			problems.add("iati-identifier", "The identifier \"" + clip(identifier, 160)
					+ "\" has spaces or one of / & | ? (or is over 150 characters); the platform cannot match it.");
		}
		IatiActivity.Org reporting = activity.reportingOrg();
		if (reporting == null || (reporting.ref() == null && reporting.name() == null)) {
			problems.add("reporting-org", "The activity names no reporting organisation (ref or name).");
		}
		String title = IatiTexts.preferred(activity.titles());
		if (title == null) {
			problems.add("title", "The activity has no title.");
		}
		ProjectStatus status = status(activity.status(), problems);
		List<IatiDraft.Role> participants = participants(activity, problems);
		Map<String, LocalDate> dates = activity.dates();
		period(dates.get("1"), dates.get("3"), "activity-date[@type=3]", problems);
		period(dates.get("2"), dates.get("4"), "activity-date[@type=4]", problems);
		String currency = currency(activity, problems);
		BigDecimal rate = rate(currency, problems);
		BigDecimal budget = budget(activity, currency, problems);
		List<ProjectView.Funding> funding = funding(activity, currency, problems);
		if (!errors.isEmpty() || identifier == null || reporting == null || title == null || status == null) {
			return Optional.empty();
		}
		return Optional.of(new IatiDraft(identifier, clip(title, TITLE_LENGTH), description(activity), reporting,
				participants, partners, budget, currency, rate, funding, dates.get("1"), dates.get("3"), dates.get("2"),
				dates.get("4"), status, sectors(activity), narratives(activity)));
	}

	private static @Nullable ProjectStatus status(@Nullable String code, Problems problems) {
		Optional<ProjectStatus> status = Arrays.stream(ProjectStatus.values())
			.filter((candidate) -> candidate.iatiCode().equals(code))
			.findFirst();
		if (status.isEmpty()) {
			problems.add("activity-status/@code", (code == null) ? "The activity has no status."
					: "Unknown activity status " + code + "; IATI ActivityStatus codes are 1 to 6.");
		}
		return status.orElse(null);
	}

	private static List<IatiDraft.Role> participants(IatiActivity activity, Problems problems) {
		List<IatiDraft.Role> roles = new ArrayList<>();
		for (IatiActivity.Participant participant : activity.participants()) {
			Optional<OrganisationRole> role = Arrays.stream(OrganisationRole.values())
				.filter((candidate) -> candidate.iatiCode().equals(participant.role()))
				.findFirst();
			if (participant.org().ref() == null && participant.org().name() == null) {
				problems.add("participating-org", "A participating organisation has neither a ref nor a name.");
			}
			else if (role.isEmpty()) {
				problems.add("participating-org/@role",
						"Unknown role " + participant.role() + " of " + label(participant.org())
								+ "; IATI OrganisationRole codes are 1 funding, 2 accountable, 3 extending and "
								+ "4 implementing.");
			}
			else if (roles.stream()
				.noneMatch((known) -> known.role() == role.get() && known.org().equals(participant.org()))) {
				roles.add(new IatiDraft.Role(participant.org(), role.get()));
			}
		}
		if (roles.stream().noneMatch((role) -> role.role() == OrganisationRole.FUNDING)) {
			problems.add("participating-org", "The activity names no funding organisation (participating-org role 1).");
		}
		return roles;
	}

	static String label(IatiActivity.Org org) {
		if (org.name() != null && org.ref() != null) {
			return org.name() + " (" + org.ref() + ")";
		}
		return (org.name() != null) ? org.name() : String.valueOf(org.ref());
	}

	private static void period(@Nullable LocalDate start, @Nullable LocalDate end, String column, Problems problems) {
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(column, "The end date " + end + " is before the start date " + start + ".");
		}
	}

	/**
	 * The one currency of the activity's amounts: its default currency, else that of its
	 * first amount, else EUR.
	 */
	private static String currency(IatiActivity activity, Problems problems) {
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
				problems.add("value/@currency", "The amounts are in " + chosen + " and " + value.currency()
						+ "; a project keeps its amounts in one currency.");
				break;
			}
		}
		return chosen;
	}

	private BigDecimal rate(String currency, Problems problems) {
		if ("EUR".equals(currency)) {
			return BigDecimal.ONE;
		}
		BigDecimal rate = this.eurRates.get(currency);
		if (rate == null) {
			problems.add("@default-currency", "There is no rate to EUR for " + currency
					+ "; the Secretariat sets one as iisg.exchange.iati.eur-rates." + currency + ".");
			return BigDecimal.ONE;
		}
		return rate;
	}

	/**
	 * The sum of the budgets, a revised budget replacing the original ones of its period.
	 */
	private static @Nullable BigDecimal budget(IatiActivity activity, String currency, Problems problems) {
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
			problems.add("budget/value",
					"The budgets add up to " + total.toPlainString() + " " + currency + "; a budget is not negative.");
		}
		return total;
	}

	/**
	 * The transactions as funding amounts per stage and year of the transaction date.
	 */
	private static List<ProjectView.Funding> funding(IatiActivity activity, String currency, Problems problems) {
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
				problems.add("transaction/value",
						"The " + parts[1].toLowerCase(Locale.ROOT) + " amounts" + ((year == null) ? "" : " of " + year)
								+ " add up to " + amount.toPlainString() + " " + currency
								+ "; funding is not negative.");
			}
			else if (year != null && (year < 1990 || year > 2100)) {
				problems.add("transaction/transaction-date",
						"A transaction of " + year + " lies outside the years 1990 to 2100 that the platform records.");
			}
			else {
				funding.add(new ProjectView.Funding(FundingStage.valueOf(parts[1]), amount, year));
			}
		});
		if (funding.size() > 50) {
			problems.add("transaction", "The transactions make " + funding.size()
					+ " amounts per stage and year; a project records at most 50.");
		}
		return funding;
	}

	private static @Nullable FundingStage stage(@Nullable String type) {
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

	private static @Nullable String description(IatiActivity activity) {
		Map<String, String> general = activity.descriptions().get("1");
		if (general == null) {
			general = activity.descriptions().values().stream().findFirst().orElse(Map.of());
		}
		String text = IatiTexts.preferred(general);
		return (text == null) ? null : clip(text, TEXT_LENGTH);
	}

	private static List<IatiProjectRecord.Sector> sectors(IatiActivity activity) {
		return activity.sectors()
			.stream()
			.map((sector) -> new IatiProjectRecord.Sector((sector.vocabulary() == null) ? "1" : sector.vocabulary(),
					clip(sector.code(), 40), sector.percentage()))
			.distinct()
			.limit(100)
			.toList();
	}

	private static List<IatiProjectRecord.Narrative> narratives(IatiActivity activity) {
		List<IatiProjectRecord.Narrative> narratives = new ArrayList<>();
		activity.titles()
			.forEach((language, text) -> narratives
				.add(new IatiProjectRecord.Narrative("title", "1", clip(language, 20), clip(text, TEXT_LENGTH))));
		activity.descriptions()
			.forEach((type, texts) -> texts
				.forEach((language, text) -> narratives.add(new IatiProjectRecord.Narrative("description",
						clip(type, 10), clip(language, 20), clip(text, TEXT_LENGTH)))));
		return narratives.stream().limit(200).toList();
	}

	static String clip(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

	/**
	 * Adds errors of one activity.
	 */
	private record Problems(int position, List<ImportError> errors) {

		void add(String column, String message) {
			this.errors.add(new ImportError(null, this.position, column, message));
		}

	}

}
