package com.wbiisg.mapping.exchange.internal.templates;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.wbiisg.mapping.exchange.ErrorWorkbookDownload;
import com.wbiisg.mapping.exchange.ImportPreview;
import com.wbiisg.mapping.exchange.internal.jobs.ImportJob;
import com.wbiisg.mapping.exchange.internal.jobs.ImportJobs;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;

import org.springframework.stereotype.Service;

/**
 * The uploaded workbook of a job with its errors marked, while the job keeps the file
 * (until it is imported).
 */
@Service
public class ErrorWorkbooks {

	private static final RecordType ERRORS = RecordType.of("Workbook with the errors of import",
			"exchange.record.errorWorkbook");

	private final ImportJobs jobs;

	private final ErrorWorkbook workbook;

	ErrorWorkbooks(ImportJobs jobs, ErrorWorkbook workbook) {
		this.jobs = jobs;
		this.workbook = workbook;
	}

	/**
	 * What to send: the uploaded workbook and the errors of its preview.
	 * @throws RecordNotFoundException when the job is not the user's, has no errors in
	 * cells of a workbook, or its file is no longer kept
	 */
	public ErrorWorkbookDownload prepare(long id) {
		ImportJob job = this.jobs.getImport(id);
		ImportPreview preview = this.jobs.preview(job);
		if (preview == null || preview.errors().stream().noneMatch((error) -> error.sheet() != null)
				|| !job.getKind().endsWith("-xlsx") || !Files.exists(Path.of(job.getFilePath()))) {
			throw new RecordNotFoundException(ERRORS, id);
		}
		String base = job.getOriginalName().replaceAll("(?i)\\.xlsx$", "").replaceAll("[^A-Za-z0-9._-]", "_");
		return new ErrorWorkbookDownload(Path.of(job.getFilePath()), job.getOriginalName(), preview.errors(),
				base + "-errors.xlsx");
	}

	public void write(ErrorWorkbookDownload download, OutputStream out) {
		this.workbook.write(download.upload(), download.originalName(), download.errors(), out);
	}

}
