package com.wbiisg.mapping.exchange;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.wbiisg.mapping.exchange.internal.jobs.ImportJob;
import com.wbiisg.mapping.exchange.internal.jobs.ImportJobs;
import com.wbiisg.mapping.exchange.internal.jobs.StreamedUploads;
import com.wbiisg.mapping.exchange.internal.templates.ErrorWorkbooks;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * The imports as the pages and the API use them: uploading a file, its job with its
 * preview and result, confirming it, and the workbook of its errors; and the jobs of the
 * current user, imports and exports. The access checks and the rules are those of the
 * services this delegates to: a job is seen only by its owner and by the Secretariat.
 */
@Service
public class ImportManagement {

	private final ImportJobs jobs;

	private final StreamedUploads streamed;

	private final ErrorWorkbooks errorWorkbooks;

	ImportManagement(ImportJobs jobs, StreamedUploads streamed, ErrorWorkbooks errorWorkbooks) {
		this.jobs = jobs;
		this.streamed = streamed;
		this.errorWorkbooks = errorWorkbooks;
	}

	/**
	 * @throws org.springframework.security.access.AccessDeniedException unless the
	 * current user may import files
	 */
	public static void ensureMayImport() {
		ImportJobs.ensureMayImport();
	}

	/**
	 * The kinds of file that can be imported, as named in the API.
	 */
	public Set<String> kinds() {
		return this.jobs.kinds();
	}

	/**
	 * Stores the upload and queues the reading of its preview.
	 * @throws UnknownImportKindException when no importer reads that kind of file
	 * @throws FileTooLargeException when the file is over the limit
	 */
	public JobView submit(@Nullable String kind, MultipartFile upload, Map<String, String> parameters) {
		return JobView.of(this.jobs.submit(kind, upload, parameters));
	}

	/**
	 * Keeps a file sent as the request's body as it arrives and queues the reading of its
	 * preview; an IATI file's preview reads it while it arrives.
	 * @param announcedSize the body's length as announced, or {@code -1}
	 * @throws UnknownImportKindException when no importer reads that kind of file
	 * @throws FileTooLargeException when the file is over the limit
	 * @throws java.io.UncheckedIOException when the body broke off
	 */
	public JobView submit(@Nullable String kind, @Nullable String originalName, Map<String, String> parameters,
			InputStream body, long announcedSize) {
		return JobView.of(this.streamed.receive(kind, originalName, parameters, body, announcedSize));
	}

	/**
	 * The job, import or export, if it is the current user's.
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when there is no such job
	 * or it is not the current user's
	 */
	public JobView job(long id) {
		return JobView.of(this.jobs.get(id));
	}

	/**
	 * The import of the current user, with its preview and result where it has them.
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when there is no such
	 * import or it is not the current user's
	 */
	public ImportDetails details(long id) {
		ImportJob job = this.jobs.getImport(id);
		return new ImportDetails(JobView.of(job), this.jobs.preview(job), this.jobs.result(job));
	}

	/**
	 * Queues the import of a previewed file.
	 * @throws com.wbiisg.mapping.shared.ConflictException unless its preview is ready
	 */
	public JobView confirm(long id) {
		return JobView.of(this.jobs.confirm(id));
	}

	/**
	 * The current user's latest jobs, imports and exports (every user's for the
	 * Secretariat), newest first.
	 */
	public List<JobView> mine(int limit) {
		return this.jobs.mine(limit).stream().map(JobView::of).toList();
	}

	/**
	 * The current user's latest jobs of these kinds (every user's for the Secretariat),
	 * newest first.
	 */
	public List<JobView> mine(int limit, Collection<String> kinds) {
		return this.jobs.mine(limit, kinds).stream().map(JobView::of).toList();
	}

	/**
	 * The uploaded workbook of an import, to be written with its errors marked.
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when the import is not
	 * the current user's, has no errors in cells of a workbook, or its file is no longer
	 * kept
	 */
	public ErrorWorkbookDownload errorWorkbook(long id) {
		return this.errorWorkbooks.prepare(id);
	}

	/**
	 * Writes the uploaded workbook with its errors marked.
	 */
	public void writeErrorWorkbook(ErrorWorkbookDownload download, OutputStream out) {
		this.errorWorkbooks.write(download, out);
	}

	/**
	 * An import with its preview, or {@code null} before it is ready, and its result, or
	 * {@code null} until it is done.
	 */
	public record ImportDetails(JobView job, @Nullable ImportPreview preview, @Nullable ImportResult result) {
	}

}
