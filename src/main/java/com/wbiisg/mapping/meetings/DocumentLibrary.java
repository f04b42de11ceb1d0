package com.wbiisg.mapping.meetings;

import java.util.List;

import com.wbiisg.mapping.meetings.internal.documents.KeyDocuments;
import com.wbiisg.mapping.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Methodologies and key documents for the pages and the API: members read them and
 * download their versions; the Secretariat adds documents and uploads versions. It
 * delegates to the documents use case, which also adopts versions for the decisions and
 * keeps those methods inside the module.
 */
@Service
public class DocumentLibrary {

	private final KeyDocuments documents;

	DocumentLibrary(KeyDocuments documents) {
		this.documents = documents;
	}

	/**
	 * Every document with its versions, by kind and title.
	 */
	public List<DocumentDetails> list() {
		return this.documents.list();
	}

	public DocumentDetails get(long id) {
		return this.documents.get(id);
	}

	public DocumentDetails create(@Nullable DocumentKind kind, @Nullable String title, @Nullable String description) {
		return this.documents.create(kind, title, description);
	}

	/**
	 * Uploads the next version of a document.
	 * @throws InvalidInputException when the file is too large or is no PDF or DOCX
	 */
	public DocumentVersionView upload(long documentId, @Nullable String note, @Nullable String fileName,
			@Nullable String contentType, byte[] bytes) {
		return this.documents.upload(documentId, note, fileName, contentType, bytes);
	}

	public DocumentDownload download(long versionId) {
		return this.documents.download(versionId);
	}

}
