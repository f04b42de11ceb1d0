package com.wbiisg.mapping.meetings.internal.documents;

import java.time.Instant;
import java.time.LocalDate;

import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.UserText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One numbered version of a key document, with its file (kept apart in
 * {@link DocumentContent}) and, once a decision adopts it, that decision. A version
 * without a file records a document the platform knows of but does not hold, such as a
 * methodology adopted before the platform existed.
 */
@Entity
@Table(name = "key_document_version")
public class DocumentVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "document_id", nullable = false, updatable = false)
	private long documentId;

	@Column(name = "version_number", nullable = false, updatable = false)
	private int number;

	private @Nullable String note;

	@Column(name = "file_name", updatable = false)
	private @Nullable String fileName;

	@Column(name = "content_type", updatable = false)
	private @Nullable String contentType;

	@Column(name = "size_bytes", updatable = false)
	private @Nullable Long size;

	@Column(updatable = false)
	private @Nullable String sha256;

	@Column(name = "decision_id")
	private @Nullable Long decisionId;

	@Column(name = "adopted_on")
	private @Nullable LocalDate adoptedOn;

	@Column(name = "uploaded_by", nullable = false, updatable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false, updatable = false)
	private Instant uploadedAt;

	protected DocumentVersion() {
	}

	public DocumentVersion(long documentId, int number, @Nullable String note, @Nullable StoredFile file, String by,
			Instant at) {
		this.documentId = documentId;
		this.number = number;
		this.note = note;
		if (file != null) {
			this.fileName = file.fileName();
			this.contentType = file.contentType();
			this.size = (long) file.bytes().length;
			this.sha256 = file.sha256();
		}
		this.uploadedBy = by;
		this.uploadedAt = at;
	}

	/**
	 * Records the decision that adopted this version; a version is adopted once.
	 */
	public void adopt(long decision, LocalDate on) {
		if (this.decisionId != null) {
			throw new ConflictException(UserText.of("meetings.document.alreadyAdopted", this.number, this.decisionId));
		}
		this.decisionId = decision;
		this.adoptedOn = on;
	}

	boolean hasFile() {
		return this.fileName != null;
	}

	public Long getId() {
		return this.id;
	}

	long getDocumentId() {
		return this.documentId;
	}

	int getNumber() {
		return this.number;
	}

	@Nullable String getNote() {
		return this.note;
	}

	@Nullable String getFileName() {
		return this.fileName;
	}

	@Nullable String getContentType() {
		return this.contentType;
	}

	@Nullable Long getSize() {
		return this.size;
	}

	@Nullable String getSha256() {
		return this.sha256;
	}

	@Nullable Long getDecisionId() {
		return this.decisionId;
	}

	@Nullable LocalDate getAdoptedOn() {
		return this.adoptedOn;
	}

	String getUploadedBy() {
		return this.uploadedBy;
	}

	Instant getUploadedAt() {
		return this.uploadedAt;
	}

}
