package com.wbiisg.mapping.responses.internal;

import java.time.Instant;

import com.wbiisg.mapping.responses.PortfolioConfirmationView;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A member's confirmation that its portfolio of projects for a reporting year is
 * complete: who confirmed, when, and how many projects it held then. Confirming again
 * replaces the earlier confirmation; the audit trail keeps both.
 */
@Entity
@Table(name = "portfolio_confirmation")
class PortfolioConfirmation {

	static final int MAX_NOTE = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "round_id", nullable = false, updatable = false)
	private long roundId;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private long organisationId;

	@Column(name = "confirmed_by", nullable = false)
	private String confirmedBy;

	@Column(name = "confirmed_at", nullable = false)
	private Instant confirmedAt;

	@Column(name = "project_count", nullable = false)
	private int projectCount;

	private @Nullable String note;

	protected PortfolioConfirmation() {
	}

	PortfolioConfirmation(long roundId, long organisationId) {
		this.roundId = roundId;
		this.organisationId = organisationId;
	}

	void confirm(String by, Instant at, int projects, @Nullable String note) {
		this.confirmedBy = by;
		this.confirmedAt = at;
		this.projectCount = projects;
		this.note = note;
	}

	PortfolioConfirmationView toView() {
		return new PortfolioConfirmationView(this.confirmedBy, this.confirmedAt, this.projectCount, this.note);
	}

	public Long getId() {
		return this.id;
	}

	public long getOrganisationId() {
		return this.organisationId;
	}

}
