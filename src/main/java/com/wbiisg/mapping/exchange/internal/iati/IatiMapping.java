package com.wbiisg.mapping.exchange.internal.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.wbiisg.mapping.exchange.ImportError;
import com.wbiisg.mapping.responses.IatiProjectRecord;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.shared.UserText;
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

	public static final String WESTERN_BALKANS_REGION = "88";

	public static final String REGIONAL = "REG";

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
		activity.regions()
			.forEach((region) -> named.add(UserText.of("exchange.iati.skip.region", region.code()).english()));
		return (named.isEmpty() ? UserText.of("exchange.iati.skip.noPartner")
				: UserText.of("exchange.iati.skip.noPartnerNames", String.join(", ", named)))
			.english();
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
			problems.add("iati-identifier", UserText.of("exchange.iati.noIdentifier"));
		}
		else if (!IDENTIFIER.matcher(identifier).matches()) {
			problems.add("iati-identifier", UserText.of("exchange.iati.badIdentifier", clip(identifier, 160)));
		}
		IatiActivity.Org reporting = activity.reportingOrg();
		if (reporting == null || (reporting.ref() == null && reporting.name() == null)) {
			problems.add("reporting-org", UserText.of("exchange.iati.noReportingOrg"));
		}
		String title = IatiTexts.preferred(activity.titles());
		if (title == null) {
			problems.add("title", UserText.of("exchange.iati.noTitle"));
		}
		ProjectStatus status = status(activity.status(), problems);
		List<IatiDraft.Role> participants = participants(activity, problems);
		Map<String, LocalDate> dates = activity.dates();
		period(dates.get("1"), dates.get("3"), "activity-date[@type=3]", problems);
		period(dates.get("2"), dates.get("4"), "activity-date[@type=4]", problems);
		String currency = IatiMoney.currency(activity, problems);
		BigDecimal rate = IatiMoney.rate(this.eurRates, currency, problems);
		BigDecimal budget = IatiMoney.budget(activity, currency, problems);
		List<ProjectView.Funding> funding = IatiMoney.funding(activity, currency, problems);
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
			problems.add("activity-status/@code", (code == null) ? UserText.of("exchange.iati.noStatus")
					: UserText.of("exchange.iati.unknownStatus", code));
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
				problems.add("participating-org", UserText.of("exchange.iati.unnamedParticipant"));
			}
			else if (role.isEmpty()) {
				problems.add("participating-org/@role", UserText.of("exchange.iati.unknownRole",
						String.valueOf(participant.role()), label(participant.org())));
			}
			else if (roles.stream()
				.noneMatch((known) -> known.role() == role.get() && known.org().equals(participant.org()))) {
				roles.add(new IatiDraft.Role(participant.org(), role.get()));
			}
		}
		if (roles.stream().noneMatch((role) -> role.role() == OrganisationRole.FUNDING)) {
			problems.add("participating-org", UserText.of("exchange.iati.noFunder"));
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
			problems.add(column, UserText.of("exchange.iati.endBeforeStart", end.toString(), start.toString()));
		}
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
	record Problems(int position, List<ImportError> errors) {

		/**
		 * Adds the problem in English: a job keeps its errors.
		 */
		void add(String column, UserText message) {
			this.errors.add(new ImportError(null, this.position, column, message.english()));
		}

	}

}
