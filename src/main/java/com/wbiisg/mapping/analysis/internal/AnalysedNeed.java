package com.wbiisg.mapping.analysis.internal;

import java.math.BigDecimal;

import com.wbiisg.mapping.analysis.AnalysedNeedView;
import com.wbiisg.mapping.analysis.CoverageLevel;
import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.Priority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A need as the analysis keeps it: its placement and status copied from the needs module,
 * and its coverage as {@link CoverageCalculator} last computed it.
 */
@Entity
@Table(name = "analysis_need")
public class AnalysedNeed {

	@Id
	@Column(name = "need_id")
	private long needId;

	@Column(name = "cycle_id", nullable = false)
	private long cycleId;

	@Column(name = "initiative_code", nullable = false)
	private String initiative;

	@Column(name = "pillar_code", nullable = false)
	private String pillar;

	@Column(name = "objective_code", nullable = false)
	private String objective;

	@Column(name = "measure_code", nullable = false)
	private String measure;

	@Column(name = "partner_code", nullable = false)
	private String partner;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Priority priority;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NeedStatus status;

	@Column(nullable = false)
	private boolean restricted;

	@Column(name = "estimated_cost_eur")
	private @Nullable BigDecimal estimatedCostEur;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CoverageLevel coverage;

	@Column(name = "mapped_funding_eur", nullable = false)
	private BigDecimal mappedFundingEur;

	@Column(name = "funding_gap_eur")
	private @Nullable BigDecimal fundingGapEur;

	@Column(nullable = false)
	private boolean overlapping;

	@Column(name = "active_projects", nullable = false)
	private int activeProjects;

	protected AnalysedNeed() {
	}

	AnalysedNeed(NeedFact need, NeedCoverage coverage) {
		this.needId = need.id();
		update(need, coverage);
	}

	void update(NeedFact need, NeedCoverage coverage) {
		this.cycleId = need.cycleId();
		this.initiative = need.initiative();
		this.pillar = need.pillar();
		this.objective = need.objective();
		this.measure = need.measureCode();
		this.partner = need.partner();
		this.title = need.title();
		this.priority = need.priority();
		this.status = need.status();
		this.restricted = need.restricted();
		this.estimatedCostEur = need.estimatedCostEur();
		this.coverage = coverage.level();
		this.mappedFundingEur = coverage.mappedFundingEur();
		this.fundingGapEur = coverage.fundingGapEur();
		this.overlapping = coverage.overlapping();
		this.activeProjects = coverage.activeProjects();
	}

	public AnalysedNeedView toView() {
		return new AnalysedNeedView(this.needId, this.cycleId, this.partner, this.pillar, this.objective, this.measure,
				this.title, this.priority, this.status, this.restricted, this.estimatedCostEur, this.coverage,
				this.mappedFundingEur, this.fundingGapEur, this.overlapping, this.activeProjects);
	}

	public long getNeedId() {
		return this.needId;
	}

	long getCycleId() {
		return this.cycleId;
	}

	String getInitiative() {
		return this.initiative;
	}

	String getPillar() {
		return this.pillar;
	}

	String getObjective() {
		return this.objective;
	}

	String getMeasure() {
		return this.measure;
	}

	String getPartner() {
		return this.partner;
	}

	String getTitle() {
		return this.title;
	}

	Priority getPriority() {
		return this.priority;
	}

	NeedStatus getStatus() {
		return this.status;
	}

	boolean isRestricted() {
		return this.restricted;
	}

	@Nullable BigDecimal getEstimatedCostEur() {
		return this.estimatedCostEur;
	}

	CoverageLevel getCoverage() {
		return this.coverage;
	}

	BigDecimal getMappedFundingEur() {
		return this.mappedFundingEur;
	}

	@Nullable BigDecimal getFundingGapEur() {
		return this.fundingGapEur;
	}

	boolean isOverlapping() {
		return this.overlapping;
	}

	int getActiveProjects() {
		return this.activeProjects;
	}

}
