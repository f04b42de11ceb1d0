package com.wbiisg.mapping.needs.internal;

import java.time.LocalDate;

import com.wbiisg.mapping.needs.CycleStatus;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.UserText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A needs mapping cycle: opened by the Secretariat on an adopted framework version,
 * closed when the partners' needs are in.
 */
@Entity
@Table(name = "needs_cycle")
@EntityListeners(CycleGeneration.Listener.class)
class Cycle {

	static final int MAX_NAME = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "initiative_code", nullable = false)
	private String initiative;

	@Column(nullable = false)
	private String name;

	@Column(name = "framework_id", nullable = false)
	private long frameworkId;

	@Column(name = "opens_on", nullable = false)
	private LocalDate opensOn;

	@Column(name = "closes_on", nullable = false)
	private LocalDate closesOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CycleStatus status;

	@Version
	private long version;

	protected Cycle() {
	}

	Cycle(String initiative, String name, long frameworkId, LocalDate opensOn, LocalDate closesOn) {
		this.initiative = initiative;
		this.name = name;
		this.frameworkId = frameworkId;
		this.opensOn = opensOn;
		this.closesOn = closesOn;
		this.status = CycleStatus.OPEN;
	}

	void close() {
		if (this.status == CycleStatus.CLOSED) {
			throw new ConflictException(UserText.of("needs.cycle.closedAlready", this.name));
		}
		this.status = CycleStatus.CLOSED;
	}

	void reopen() {
		if (this.status == CycleStatus.OPEN) {
			throw new ConflictException(UserText.of("needs.cycle.openAlready", this.name));
		}
		this.status = CycleStatus.OPEN;
	}

	void ensureOpen() {
		if (this.status != CycleStatus.OPEN) {
			throw new ConflictException(UserText.of("needs.cycle.closed", this.name));
		}
	}

	CycleView toView() {
		return new CycleView(this.id, this.initiative, this.name, this.frameworkId, this.opensOn, this.closesOn,
				this.status, this.version);
	}

	Long getId() {
		return this.id;
	}

	String getInitiative() {
		return this.initiative;
	}

	long getFrameworkId() {
		return this.frameworkId;
	}

	String getName() {
		return this.name;
	}

}
