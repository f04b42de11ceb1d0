package com.wbiisg.mapping.consultation.internal;

import java.time.Instant;

import com.wbiisg.mapping.consultation.CommentAdded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One comment on a target, or a reply to another comment on the same target. Its text
 * never changes; only whether it is resolved does. A new comment registers
 * {@link CommentAdded}, which the repository publishes when it saves it.
 */
@Entity
@Table(name = "consultation_comment")
public class Comment extends AbstractAggregateRoot<Comment> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "target_type", nullable = false)
	private String targetType;

	@Column(name = "target_id", nullable = false)
	private String targetId;

	@Column(name = "reply_to_id")
	private @Nullable Long replyTo;

	@Column(nullable = false)
	private String author;

	@Column(name = "body", nullable = false)
	private String text;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private boolean resolved;

	@Column(name = "resolved_by")
	private @Nullable String resolvedBy;

	@Column(name = "resolved_at")
	private @Nullable Instant resolvedAt;

	@Version
	private long version;

	protected Comment() {
	}

	public Comment(String targetType, String targetId, @Nullable Long replyTo, String author, String text,
			Instant createdAt) {
		this.targetType = targetType;
		this.targetId = targetId;
		this.replyTo = replyTo;
		this.author = author;
		this.text = text;
		this.createdAt = createdAt;
	}

	/**
	 * A comment is announced once the database has given it its id.
	 */
	@PostPersist
	private void added() {
		registerEvent(new CommentAdded(this.id, this.targetType, this.targetId, this.author));
	}

	/**
	 * Marks the comment resolved; a comment that is resolved already keeps who resolved
	 * it and when. Returns whether anything changed.
	 */
	public boolean resolve(String by, Instant at) {
		if (this.resolved) {
			return false;
		}
		this.resolved = true;
		this.resolvedBy = by;
		this.resolvedAt = at;
		return true;
	}

	/**
	 * Opens a resolved comment again. Returns whether anything changed.
	 */
	public boolean reopen() {
		if (!this.resolved) {
			return false;
		}
		this.resolved = false;
		this.resolvedBy = null;
		this.resolvedAt = null;
		return true;
	}

	public boolean isOn(String targetType, String targetId) {
		return this.targetType.equals(targetType) && this.targetId.equals(targetId);
	}

	public boolean isBy(String username) {
		return this.author.equalsIgnoreCase(username);
	}

	public Long getId() {
		return this.id;
	}

	public String getTargetType() {
		return this.targetType;
	}

	public String getTargetId() {
		return this.targetId;
	}

	public @Nullable Long getReplyTo() {
		return this.replyTo;
	}

	public String getAuthor() {
		return this.author;
	}

	public String getText() {
		return this.text;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public boolean isResolved() {
		return this.resolved;
	}

	public @Nullable String getResolvedBy() {
		return this.resolvedBy;
	}

	public @Nullable Instant getResolvedAt() {
		return this.resolvedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
