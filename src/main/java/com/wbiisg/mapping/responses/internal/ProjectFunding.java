package com.wbiisg.mapping.responses.internal;

import java.math.BigDecimal;

import com.wbiisg.mapping.responses.FundingStage;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * An amount of a project's funding at one stage, optionally for one year.
 */
@Embeddable
class ProjectFunding {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FundingStage stage;

	@Column(nullable = false)
	private BigDecimal amount;

	@Column(name = "funding_year")
	private @Nullable Integer fundingYear;

	protected ProjectFunding() {
	}

	ProjectFunding(FundingStage stage, BigDecimal amount, @Nullable Integer fundingYear) {
		this.stage = stage;
		this.amount = amount;
		this.fundingYear = fundingYear;
	}

	FundingStage stage() {
		return this.stage;
	}

	BigDecimal amount() {
		return this.amount;
	}

	@Nullable Integer fundingYear() {
		return this.fundingYear;
	}

}
