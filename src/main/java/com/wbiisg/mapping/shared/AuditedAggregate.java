package com.wbiisg.mapping.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An aggregate whose table keeps who made it and when, when it last changed, and the
 * version that guards it against lost updates: the columns {@code id} (identity),
 * {@code created_by}, {@code created_at}, {@code updated_at} and {@code version}.
 * <p>
 * The aggregate takes the times and the author from the use case that changes it, not
 * from Spring Data's auditing: seeded and demo records keep the author and the dates they
 * stand on record with, while no user is signed in, and an import's records name their
 * uploader on the job's thread.
 *
 * @param <A> the aggregate itself
 */
@MappedSuperclass
public abstract class AuditedAggregate<A extends AuditedAggregate<A>> extends Aggregate<A> {

	// Protected so that the aggregate's own changes set them with the rest of its state.
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	protected Long id;

	@Column(name = "created_by", nullable = false, updatable = false)
	protected String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	protected Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	protected Instant updatedAt;

	@Version
	protected long version;

	/**
	 * Refuses a change made on another version than the current one.
	 * @throws ConflictException when someone else changed the record since the client
	 * read it
	 */
	public void ensureVersion(long expected) {
		if (expected != this.version) {
			throw ConflictException.staleVersion(recordType(), this.id, expected, this.version);
		}
	}

	/**
	 * The kind of record, named in the stale-version message.
	 */
	protected abstract RecordType recordType();

	public Long getId() {
		return this.id;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
