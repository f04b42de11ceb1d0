package com.wbiisg.mapping.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of the audit trail. Entries are only ever added, never changed or removed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Column(nullable = false, updatable = false)
	private String action;

	@Column(name = "record_type", nullable = false, updatable = false)
	private String recordType;

	@Column(name = "record_id", nullable = false, updatable = false)
	private String recordId;

	@Column(updatable = false)
	private String changes;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String actor, String action, String recordType, String recordId, String changes) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.recordType = recordType;
		this.recordId = recordId;
		this.changes = changes;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public String getAction() {
		return this.action;
	}

	public String getRecordType() {
		return this.recordType;
	}

	public String getRecordId() {
		return this.recordId;
	}

	public String getChanges() {
		return this.changes;
	}

}
