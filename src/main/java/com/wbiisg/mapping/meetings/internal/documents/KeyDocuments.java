package com.wbiisg.mapping.meetings.internal.documents;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.meetings.DecisionReference;
import com.wbiisg.mapping.meetings.DocumentDetails;
import com.wbiisg.mapping.meetings.DocumentDownload;
import com.wbiisg.mapping.meetings.DocumentKind;
import com.wbiisg.mapping.meetings.DocumentVersionView;
import com.wbiisg.mapping.meetings.RecordChoice;
import com.wbiisg.mapping.meetings.internal.MeetingsSupport;
import com.wbiisg.mapping.meetings.internal.decisions.Decision;
import com.wbiisg.mapping.meetings.internal.decisions.DecisionRepository;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Methodologies and key documents: members read them and download their versions; the
 * Secretariat adds documents and uploads versions (checked by {@link UploadCheck}); a
 * decision adopting a methodology marks its version as adopted.
 */
@Service
@Transactional
public class KeyDocuments {

	public static final String RECORD = "KeyDocument";

	static final String VERSION_RECORD = "KeyDocumentVersion";

	private static final RecordType DOCUMENT = RecordType.of(RECORD, "meetings.record.keyDocument");

	private static final RecordType FILE = RecordType.of("Document file", "meetings.record.documentFile");

	private final KeyDocumentRepository documents;

	private final DocumentVersionRepository versions;

	private final DocumentContentRepository contents;

	private final DecisionRepository decisions;

	private final MeetingsSupport support;

	KeyDocuments(KeyDocumentRepository documents, DocumentVersionRepository versions,
			DocumentContentRepository contents, DecisionRepository decisions, MeetingsSupport support) {
		this.documents = documents;
		this.versions = versions;
		this.contents = contents;
		this.decisions = decisions;
		this.support = support;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('SECRETARIAT','BOARD','BENEFICIARY_FOCAL_POINT','PARTNER_FOCAL_POINT')")
	public List<DocumentDetails> list() {
		List<DocumentVersion> all = this.versions.findAllByOrderByDocumentIdAscNumberDesc();
		Map<Long, Decision> adopting = decisionsOf(all);
		Map<Long, List<DocumentVersion>> byDocument = all.stream()
			.collect(Collectors.groupingBy(DocumentVersion::getDocumentId));
		return this.documents.findAllByOrderByKindAscTitleAsc()
			.stream()
			.map((document) -> details(document, byDocument.getOrDefault(document.getId(), List.of()), adopting))
			.toList();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('SECRETARIAT','BOARD','BENEFICIARY_FOCAL_POINT','PARTNER_FOCAL_POINT')")
	public DocumentDetails get(long id) {
		KeyDocument document = this.documents.findById(id).orElseThrow(() -> new RecordNotFoundException(DOCUMENT, id));
		List<DocumentVersion> all = this.versions.findByDocumentIdOrderByNumberDesc(id);
		return details(document, all, decisionsOf(all));
	}

	@PreAuthorize("hasRole('SECRETARIAT')")
	public DocumentDetails create(@Nullable DocumentKind kind, @Nullable String title, @Nullable String description) {
		RecordValidation.check(new NewDocument(title, description, kind));
		String cleanTitle = Inputs.text(title);
		String cleanDescription = Inputs.text(description);
		KeyDocument document = this.documents.saveAndFlush(
				new KeyDocument(kind, cleanTitle, cleanDescription, this.support.actor(), this.support.now()));
		this.support.audit()
			.recordChange("CREATE", RECORD, document.getId(),
					Changes.of().set("kind", kind).set("title", cleanTitle).set("description", cleanDescription));
		return details(document, List.of(), Map.of());
	}

	/**
	 * Uploads the next version of a document.
	 * @throws InvalidInputException when the file is too large or is no PDF or DOCX
	 */
	@PreAuthorize("hasRole('SECRETARIAT')")
	public DocumentVersionView upload(long documentId, @Nullable String note, @Nullable String fileName,
			@Nullable String contentType, byte[] bytes) {
		KeyDocument document = this.documents.findById(documentId)
			.orElseThrow(() -> new RecordNotFoundException(DOCUMENT, documentId));
		RecordValidation.check(new VersionNote(note));
		String cleanNote = Inputs.text(note);
		StoredFile file = UploadCheck.check(fileName, contentType, bytes);
		DocumentVersion version = this.versions
			.saveAndFlush(new DocumentVersion(documentId, this.versions.highestNumber(documentId) + 1, cleanNote, file,
					this.support.actor(), this.support.now()));
		this.contents.save(new DocumentContent(version.getId(), file.bytes()));
		this.support.audit()
			.recordChange("UPLOAD", VERSION_RECORD, version.getId(),
					Changes.of()
						.set("document", document.getTitle())
						.set("version", version.getNumber())
						.set("file", file.fileName())
						.set("contentType", file.contentType())
						.set("size", bytes.length)
						.set("sha256", file.sha256()));
		return view(version, null);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('SECRETARIAT','BOARD','BENEFICIARY_FOCAL_POINT','PARTNER_FOCAL_POINT')")
	public DocumentDownload download(long versionId) {
		DocumentVersion version = this.versions.findById(versionId)
			.filter(DocumentVersion::hasFile)
			.orElseThrow(() -> new RecordNotFoundException(FILE, versionId));
		byte[] bytes = this.contents.findById(versionId)
			.orElseThrow(() -> new RecordNotFoundException(FILE, versionId))
			.getContent();
		return new DocumentDownload(version.getFileName(), version.getContentType(), bytes);
	}

	/**
	 * Marks a version as adopted by a decision that is being recorded.
	 */
	void adopt(long versionId, DecisionReference reference) {
		DocumentVersion version = this.versions.findById(versionId)
			.orElseThrow(
					() -> new InvalidInputException("targetId", UserText.of("meetings.document.noVersion", versionId)));
		version.adopt(reference.decisionId(), reference.decidedOn());
		this.versions.saveAndFlush(version);
		this.support.audit()
			.recordChange("ADOPT", VERSION_RECORD, versionId,
					Changes.of().set("decision", reference.label()).set("adoptedOn", reference.decidedOn()));
	}

	List<RecordChoice> unadoptedVersions() {
		Map<Long, KeyDocument> byId = this.documents.findAll()
			.stream()
			.collect(Collectors.toMap(KeyDocument::getId, Function.identity()));
		return this.versions.findAllByOrderByDocumentIdAscNumberDesc()
			.stream()
			.filter((version) -> version.getDecisionId() == null && byId.containsKey(version.getDocumentId()))
			.map((version) -> new RecordChoice(version.getId(), label(byId.get(version.getDocumentId()), version)))
			.toList();
	}

	Optional<String> versionLabel(long versionId) {
		return this.versions.findById(versionId)
			.flatMap((version) -> this.documents.findById(version.getDocumentId())
				.map((document) -> label(document, version)));
	}

	String versionPath(long versionId) {
		return this.versions.findById(versionId)
			.map((version) -> "/documents/" + version.getDocumentId() + "#version-" + versionId)
			.orElse("/documents");
	}

	static String label(KeyDocument document, DocumentVersion version) {
		return document.getTitle() + " v" + version.getNumber();
	}

	private Map<Long, Decision> decisionsOf(List<DocumentVersion> all) {
		List<Long> ids = all.stream().map(DocumentVersion::getDecisionId).filter((id) -> id != null).toList();
		return ids.isEmpty() ? Map.of()
				: this.decisions.findByIdIn(ids)
					.stream()
					.collect(Collectors.toMap(Decision::getId, Function.identity()));
	}

	private static DocumentDetails details(KeyDocument document, List<DocumentVersion> versions,
			Map<Long, Decision> adopting) {
		return new DocumentDetails(document.getId(), document.getKind(), document.getTitle(), document.getDescription(),
				versions.stream()
					.map((version) -> view(version,
							(version.getDecisionId() == null) ? null : adopting.get(version.getDecisionId())))
					.toList());
	}

	private static DocumentVersionView view(DocumentVersion version, @Nullable Decision decision) {
		return new DocumentVersionView(version.getId(), version.getNumber(), version.getNote(), version.getFileName(),
				version.getContentType(), version.getSize(), version.getSha256(), version.getDecisionId(),
				(decision == null) ? null : decision.getMeetingId(), (decision == null) ? null : decision.getText(),
				version.getAdoptedOn(), version.getUploadedBy(), version.getUploadedAt());
	}

	/**
	 * The fields of a new document, with their checks.
	 */
	private record NewDocument(
			@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_TITLE) @Nullable String title,
			@MaxLength(MAX_DESCRIPTION) @Nullable String description,
			@NotNull(message = "{meetings.document.kindRequired}") @Nullable DocumentKind kind) {

		static final int MAX_TITLE = 300;

		static final int MAX_DESCRIPTION = 2000;

	}

	/**
	 * The note of a new version, with its check.
	 */
	private record VersionNote(@MaxLength(MAX_NOTE) @Nullable String note) {

		static final int MAX_NOTE = 1000;

	}

}
