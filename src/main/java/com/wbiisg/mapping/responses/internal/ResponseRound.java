package com.wbiisg.mapping.responses.internal;

import java.time.Instant;

import com.wbiisg.mapping.responses.ResponseRoundView;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.UserText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * The annual response mapping round of one reporting year: while it is open, each
 * supporting member confirms its portfolio of projects for that year.
 */
@Entity
@Table(name = "response_round")
class ResponseRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "reporting_year", nullable = false, updatable = false)
	private int year;

	@Column(nullable = false)
	private String status;

	@Column(name = "opened_by", nullable = false, updatable = false)
	private String openedBy;

	@Column(name = "opened_at", nullable = false, updatable = false)
	private Instant openedAt;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Version
	private long version;

	protected ResponseRound() {
	}

	ResponseRound(int year, String openedBy, Instant openedAt) {
		this.year = year;
		this.status = "OPEN";
		this.openedBy = openedBy;
		this.openedAt = openedAt;
	}

	void close(Instant at) {
		ensureOpen();
		this.status = "CLOSED";
		this.closedAt = at;
	}

	void reopen() {
		if (isOpen()) {
			throw new ConflictException(UserText.of("responses.mappingRound.openAlready", this.year));
		}
		this.status = "OPEN";
		this.closedAt = null;
	}

	void ensureOpen() {
		if (!isOpen()) {
			throw new ConflictException(UserText.of("responses.mappingRound.closed", this.year));
		}
	}

	public boolean isOpen() {
		return "OPEN".equals(this.status);
	}

	ResponseRoundView toView() {
		return new ResponseRoundView(this.year, isOpen(), this.openedBy, this.openedAt, this.closedAt);
	}

	public Long getId() {
		return this.id;
	}

}
