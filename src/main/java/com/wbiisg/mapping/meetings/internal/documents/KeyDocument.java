package com.wbiisg.mapping.meetings.internal.documents;

import java.time.Instant;

import com.wbiisg.mapping.meetings.DocumentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A methodology or another key document of the process, such as the needs mapping
 * methodology; its texts are its {@link DocumentVersion}s.
 */
@Entity
@Table(name = "key_document")
public class KeyDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DocumentKind kind;

	@Column(nullable = false)
	private String title;

	private @Nullable String description;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected KeyDocument() {
	}

	public KeyDocument(DocumentKind kind, String title, @Nullable String description, String by, Instant at) {
		this.kind = kind;
		this.title = title;
		this.description = description;
		this.createdBy = by;
		this.createdAt = at;
	}

	public Long getId() {
		return this.id;
	}

	DocumentKind getKind() {
		return this.kind;
	}

	String getTitle() {
		return this.title;
	}

	@Nullable String getDescription() {
		return this.description;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
