package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import com.wbiisg.mapping.responses.Coverage;
import com.wbiisg.mapping.responses.FundingStage;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.internal.ResponsesDemoCatalogue.DemoLink;
import org.jspecify.annotations.Nullable;

import static com.wbiisg.mapping.responses.internal.ResponsesDemoCatalogue.amount;
import static com.wbiisg.mapping.responses.internal.ResponsesDemoCatalogue.at;
import static com.wbiisg.mapping.responses.internal.ResponsesDemoCatalogue.date;

/**
 * One demo project as the catalogue writes it: organisations by short name, amounts and
 * dates as text, who entered it and when, and the needs it is linked to. Written as a
 * chain of calls so that each row of the catalogue reads like the project's record;
 * turned into a {@link ProjectInput} for {@link ProjectRules} once the organisations are
 * known.
 */
final class DemoProject {

	private final String reporter;

	private final String title;

	private @Nullable String description;

	private final List<Named> organisations = new ArrayList<>();

	private final List<String> partners = new ArrayList<>();

	private String initiative = ResponsesDemoCatalogue.WBCTI;

	private final List<String> pillars = new ArrayList<>();

	private @Nullable BigDecimal budget;

	private String currency = MoneyRules.EUR;

	private @Nullable BigDecimal eurRate;

	private final List<ProjectInput.FundingLine> funding = new ArrayList<>();

	private @Nullable LocalDate plannedStart;

	private @Nullable LocalDate plannedEnd;

	private @Nullable LocalDate actualStart;

	private @Nullable LocalDate actualEnd;

	private ProjectStatus status = ProjectStatus.IMPLEMENTATION;

	private final List<Integer> years = new ArrayList<>();

	private boolean publicListed = true;

	private String enteredBy = ResponsesDemoCatalogue.SECRETARIAT;

	private Instant enteredAt = at("2022-01-17 09:00");

	private final List<DemoLink> links = new ArrayList<>();

	private DemoProject(String reporter, String title) {
		this.reporter = reporter;
		this.title = title;
	}

	/**
	 * A project that the organisation with the short name {@code reporter} reports.
	 */
	static DemoProject reportedBy(String reporter, String title) {
		return new DemoProject(reporter, title);
	}

	DemoProject about(String text) {
		this.description = text;
		return this;
	}

	DemoProject funders(String... shortNames) {
		return in(OrganisationRole.FUNDING, shortNames);
	}

	DemoProject accountable(String... shortNames) {
		return in(OrganisationRole.ACCOUNTABLE, shortNames);
	}

	DemoProject implementers(String... shortNames) {
		return in(OrganisationRole.IMPLEMENTING, shortNames);
	}

	private DemoProject in(OrganisationRole role, String... shortNames) {
		for (String shortName : shortNames) {
			this.organisations.add(new Named(shortName, role));
		}
		return this;
	}

	DemoProject benefits(String... partnerCodes) {
		this.partners.addAll(List.of(partnerCodes));
		return this;
	}

	DemoProject initiative(String code) {
		this.initiative = code;
		return this;
	}

	DemoProject pillars(String... codes) {
		this.pillars.addAll(List.of(codes));
		return this;
	}

	DemoProject budgetEur(String amount) {
		this.budget = amount(amount);
		return this;
	}

	DemoProject budget(String amount, String currencyCode, String rateToEur) {
		this.budget = amount(amount);
		this.currency = currencyCode;
		this.eurRate = new BigDecimal(rateToEur);
		return this;
	}

	DemoProject pledged(String amount, int year) {
		return funding(FundingStage.PLEDGED, amount, year);
	}

	DemoProject committed(String amount, int year) {
		return funding(FundingStage.COMMITTED, amount, year);
	}

	DemoProject disbursed(String amount, int year) {
		return funding(FundingStage.DISBURSED, amount, year);
	}

	private DemoProject funding(FundingStage stage, String amount, int year) {
		this.funding.add(new ProjectInput.FundingLine(stage, amount(amount), year));
		return this;
	}

	DemoProject planned(String start, String end) {
		this.plannedStart = date(start);
		this.plannedEnd = date(end);
		return this;
	}

	DemoProject actual(String start, @Nullable String end) {
		this.actualStart = date(start);
		this.actualEnd = date(end);
		return this;
	}

	DemoProject status(ProjectStatus value) {
		this.status = value;
		return this;
	}

	DemoProject years(Integer... reportingYears) {
		this.years.addAll(List.of(reportingYears));
		return this;
	}

	DemoProject notPublic() {
		this.publicListed = false;
		return this;
	}

	/**
	 * Who entered the project and when: the member's focal point, or the Secretariat on
	 * behalf of members without a demo account.
	 */
	DemoProject entered(String by, String at) {
		this.enteredBy = by;
		this.enteredAt = at(at);
		return this;
	}

	DemoProject link(String partner, String measure, String needTitle, Coverage coverage, @Nullable Integer share,
			@Nullable String note) {
		this.links.add(new DemoLink(partner, measure, needTitle, coverage,
				(share == null) ? null : BigDecimal.valueOf(share), note));
		return this;
	}

	/**
	 * The project as a form would send it, with organisation ids from {@code ids}.
	 */
	ProjectInput input(ToLongFunction<String> ids) {
		List<ProjectInput.Participation> participations = this.organisations.stream()
			.map((named) -> new ProjectInput.Participation(ids.applyAsLong(named.shortName()), named.role()))
			.toList();
		return new ProjectInput(this.title, this.description, null, ids.applyAsLong(this.reporter), participations,
				List.copyOf(this.partners), List.of(this.initiative), List.copyOf(this.pillars), this.budget,
				this.currency, this.eurRate, List.copyOf(this.funding), this.plannedStart, this.plannedEnd,
				this.actualStart, this.actualEnd, this.status, List.copyOf(this.years), this.publicListed);
	}

	String reporter() {
		return this.reporter;
	}

	String title() {
		return this.title;
	}

	List<Integer> years() {
		return List.copyOf(this.years);
	}

	String enteredBy() {
		return this.enteredBy;
	}

	Instant enteredAt() {
		return this.enteredAt;
	}

	List<DemoLink> links() {
		return List.copyOf(this.links);
	}

	/**
	 * The short names of all organisations the project names, the reporter included.
	 */
	List<String> organisationNames() {
		List<String> names = new ArrayList<>();
		names.add(this.reporter);
		this.organisations.forEach((named) -> names.add(named.shortName()));
		return names;
	}

	/**
	 * An organisation named by its short name in one role.
	 */
	private record Named(String shortName, OrganisationRole role) {
	}

}
