package com.wbiisg.mapping.exchange.internal.iati;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.exchange.ImportError;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * Collects one activity while {@link IatiReader} walks through it.
 */
final class IatiActivityBuilder {

	private final int position;

	private final @Nullable String defaultCurrency;

	private final String language;

	private @Nullable String identifier;

	private IatiActivity.@Nullable Org reportingOrg;

	private final List<IatiActivity.Participant> participants = new ArrayList<>();

	private final Map<String, String> titles = new LinkedHashMap<>();

	private final Map<String, Map<String, String>> descriptions = new LinkedHashMap<>();

	private @Nullable String status;

	private final Map<String, LocalDate> dates = new LinkedHashMap<>();

	private final List<IatiActivity.Budget> budgets = new ArrayList<>();

	private final List<IatiActivity.Transaction> transactions = new ArrayList<>();

	private final List<IatiActivity.Country> countries = new ArrayList<>();

	private final List<IatiActivity.Region> regions = new ArrayList<>();

	private final List<IatiActivity.Sector> sectors = new ArrayList<>();

	private final List<ImportError> problems = new ArrayList<>();

	IatiActivityBuilder(int position, @Nullable String defaultCurrency, String language) {
		this.position = position;
		this.defaultCurrency = defaultCurrency;
		this.language = language;
	}

	String language() {
		return this.language;
	}

	void identifier(@Nullable String identifier) {
		this.identifier = identifier;
	}

	void reportingOrg(IatiActivity.Org org) {
		this.reportingOrg = org;
	}

	void participant(IatiActivity.Participant participant) {
		this.participants.add(participant);
	}

	void titles(Map<String, String> texts) {
		texts.forEach(this.titles::putIfAbsent);
	}

	void description(String type, Map<String, String> texts) {
		Map<String, String> ofType = this.descriptions.computeIfAbsent(type, (key) -> new LinkedHashMap<>());
		texts.forEach(ofType::putIfAbsent);
	}

	void status(@Nullable String code) {
		this.status = code;
	}

	void date(String type, LocalDate date) {
		this.dates.putIfAbsent(type, date);
	}

	void budget(IatiActivity.Budget budget) {
		this.budgets.add(budget);
	}

	void transaction(IatiActivity.Transaction transaction) {
		this.transactions.add(transaction);
	}

	void country(IatiActivity.Country country) {
		this.countries.add(country);
	}

	void region(IatiActivity.Region region) {
		this.regions.add(region);
	}

	void sector(IatiActivity.Sector sector) {
		this.sectors.add(sector);
	}

	/**
	 * Notes what is wrong at {@code column}, in English: a job keeps its errors.
	 */
	void problem(String column, UserText message) {
		this.problems.add(new ImportError(null, this.position, column, message.english()));
	}

	IatiActivity build() {
		return new IatiActivity(this.position, this.identifier, this.defaultCurrency, this.reportingOrg,
				this.participants, this.titles, this.descriptions, this.status, this.dates, this.budgets,
				this.transactions, this.countries, this.regions, this.sectors, this.problems);
	}

}
