package com.wbiisg.mapping.meetings.internal.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of a document version, stored in the database with the version in one
 * transaction, so that every application node serves the same files and a failed upload
 * leaves nothing behind.
 */
@Entity
@Table(name = "key_document_content")
class DocumentContent {

	@Id
	@Column(name = "version_id")
	private Long versionId;

	@Column(nullable = false, updatable = false)
	private byte[] content;

	protected DocumentContent() {
	}

	DocumentContent(long versionId, byte[] content) {
		this.versionId = versionId;
		this.content = content.clone();
	}

	byte[] getContent() {
		return this.content.clone();
	}

}
