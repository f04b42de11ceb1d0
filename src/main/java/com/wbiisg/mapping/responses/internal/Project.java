package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;

import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.responses.FundingStage;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectChanged;
import com.wbiisg.mapping.responses.ProjectFact;
import com.wbiisg.mapping.responses.ProjectRegistered;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.shared.AuditedAggregate;
import com.wbiisg.mapping.shared.RecordType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A support project of a member: who funds and implements it, whom it benefits, its
 * budget, period and status. Its links to needs are {@link ProjectLink}s, checked here
 * against the project before they are made. It registers the event of each change, which
 * the repository publishes when it saves the project.
 */
@Entity
@Table(name = "project")
class Project extends AuditedAggregate<Project> {

	@Column(nullable = false)
	private String title;

	private @Nullable String description;

	@Column(name = "iati_identifier")
	private @Nullable String iatiIdentifier;

	/**
	 * The IATI identifier as projects are found by it: in lower case, indexed.
	 */
	@Column(name = "iati_key")
	private @Nullable String iatiKey;

	@Column(name = "reporting_org_id", nullable = false)
	private long reportingOrganisationId;

	@ElementCollection
	@CollectionTable(name = "project_organisation", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "position")
	private List<ProjectParticipant> organisations = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "project_partner", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "partner_code")
	private Set<String> partners = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "project_initiative", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "initiative_code")
	private Set<String> initiatives = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "project_pillar", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "pillar_code")
	private Set<String> pillars = new HashSet<>();

	@Column(name = "budget_amount")
	private @Nullable BigDecimal budgetAmount;

	@Column(nullable = false)
	private String currency;

	@Column(name = "eur_rate", nullable = false)
	private BigDecimal eurRate;

	@ElementCollection
	@CollectionTable(name = "project_funding", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "position")
	private List<ProjectFunding> funding = new ArrayList<>();

	@Column(name = "planned_start")
	private @Nullable LocalDate plannedStart;

	@Column(name = "planned_end")
	private @Nullable LocalDate plannedEnd;

	@Column(name = "actual_start")
	private @Nullable LocalDate actualStart;

	@Column(name = "actual_end")
	private @Nullable LocalDate actualEnd;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProjectStatus status;

	@ElementCollection
	@CollectionTable(name = "project_year", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "reporting_year")
	private Set<Integer> reportingYears = new HashSet<>();

	@Column(name = "public_listed", nullable = false)
	private boolean publicListed;

	protected Project() {
	}

	Project(ProjectContent content, String by, Instant at) {
		this.createdBy = by;
		this.createdAt = at;
		apply(content, at);
	}

	/**
	 * How a project written in bulk with this id reads, without loading it.
	 */
	static ProjectView viewOf(long id, ProjectContent content, String by, Instant at,
			LongFunction<OrganisationName> names) {
		Project project = new Project(content, by, at);
		project.id = id;
		return project.toView(names);
	}

	void edit(ProjectContent content, long expectedVersion, Instant at) {
		ensureVersion(expectedVersion);
		apply(content, at);
		announce(() -> new ProjectChanged(this.id));
	}

	/**
	 * A new project is announced once the database has given it its id.
	 */
	@PostPersist
	private void registered() {
		announce(() -> new ProjectRegistered(this.id));
	}

	/**
	 * Whether the project benefits the partner of a need: that partner, or every partner
	 * when either the need or the project is regional.
	 */
	boolean benefits(String needPartner) {
		return this.partners.contains(needPartner) || Partner.REGIONAL.equals(needPartner)
				|| this.partners.contains(Partner.REGIONAL);
	}

	private void apply(ProjectContent content, Instant at) {
		this.title = content.title();
		this.description = content.description();
		this.iatiIdentifier = content.iatiIdentifier();
		this.iatiKey = iatiKey(content.iatiIdentifier());
		this.reportingOrganisationId = content.reportingOrganisationId();
		this.organisations.clear();
		content.organisations()
			.forEach((participant) -> this.organisations
				.add(new ProjectParticipant(participant.organisationId(), participant.role())));
		replace(this.partners, content.partners());
		replace(this.initiatives, content.initiatives());
		replace(this.pillars, content.pillars());
		this.budgetAmount = content.budgetAmount();
		this.currency = content.currency();
		this.eurRate = content.eurRate();
		this.funding.clear();
		content.funding()
			.forEach((line) -> this.funding.add(new ProjectFunding(line.stage(), line.amount(), line.year())));
		this.plannedStart = content.plannedStart();
		this.plannedEnd = content.plannedEnd();
		this.actualStart = content.actualStart();
		this.actualEnd = content.actualEnd();
		this.status = content.status();
		replace(this.reportingYears, content.reportingYears());
		this.publicListed = content.publicListed();
		this.updatedAt = at;
	}

	/**
	 * How a project is found by its IATI identifier: ignoring case and surrounding space.
	 */
	static @Nullable String iatiKey(@Nullable String iatiIdentifier) {
		return (iatiIdentifier == null) ? null : iatiIdentifier.strip().toLowerCase(Locale.ROOT);
	}

	private static <T> void replace(Set<T> target, Set<T> source) {
		target.retainAll(source);
		target.addAll(source);
	}

	@Override
	protected RecordType recordType() {
		return ProjectRegistry.PROJECT;
	}

	/**
	 * The project as users see it, with organisation names from {@code organisations}.
	 */
	ProjectView toView(LongFunction<OrganisationName> names) {
		List<ProjectView.Participant> participants = this.organisations.stream().map((participant) -> {
			OrganisationName name = names.apply(participant.organisationId());
			return new ProjectView.Participant(participant.organisationId(), participant.role(), name.name(),
					name.shortName());
		}).toList();
		return new ProjectView(this.id, this.title, this.description, this.iatiIdentifier, this.reportingOrganisationId,
				names.apply(this.reportingOrganisationId).shortName(), participants,
				this.partners.stream().sorted(ProjectOrder.PARTNERS).toList(),
				this.initiatives.stream().sorted().toList(),
				this.pillars.stream().sorted(ProjectOrder.PILLARS).toList(),
				new ProjectView.Budget(this.budgetAmount, this.currency, this.eurRate, budgetEur()),
				this.funding.stream()
					.map((line) -> new ProjectView.Funding(line.stage(), line.amount(), line.fundingYear()))
					.toList(),
				this.plannedStart, this.plannedEnd, this.actualStart, this.actualEnd, this.status,
				this.reportingYears.stream().sorted().toList(), this.publicListed, this.createdBy, this.createdAt,
				this.updatedAt, this.version);
	}

	ProjectFact toFact() {
		boolean committed = this.funding.stream()
			.anyMatch((line) -> line.stage() != FundingStage.PLEDGED && line.amount().signum() > 0);
		return new ProjectFact(this.id, this.title, this.description, this.status, committed, budgetEur(),
				organisationsWith(OrganisationRole.FUNDING), organisationsWith(OrganisationRole.IMPLEMENTING),
				this.partners.stream().sorted(ProjectOrder.PARTNERS).toList(),
				this.initiatives.stream().sorted().toList(), this.pillars.stream().sorted().toList(),
				(this.actualStart != null) ? this.actualStart : this.plannedStart,
				(this.actualEnd != null) ? this.actualEnd : this.plannedEnd, this.publicListed);
	}

	private @Nullable BigDecimal budgetEur() {
		return (this.budgetAmount == null) ? null
				: this.budgetAmount.multiply(this.eurRate).setScale(2, RoundingMode.HALF_UP);
	}

	private List<Long> organisationsWith(OrganisationRole role) {
		return this.organisations.stream()
			.filter((participant) -> participant.role() == role)
			.map((participant) -> participant.organisationId())
			.distinct()
			.toList();
	}

	long getReportingOrganisationId() {
		return this.reportingOrganisationId;
	}

	Set<String> getPartners() {
		return this.partners;
	}

	@Nullable String getIatiKey() {
		return this.iatiKey;
	}

}
