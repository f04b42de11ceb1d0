package com.wbiisg.mapping.reporting.internal;

import java.io.ByteArrayOutputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report draft as PDF or XLSX for the current reader, made from the reader's
 * {@link ReportView}: restricted needs in full only for those who may see them, in the
 * figures and counts of needs not shown for everyone else. A draft the reader may not
 * read does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class ReportDownloads {

	private final ReportReading reading;

	private final ReportViews views;

	private final ReportPdf pdf;

	private final ReportWorkbook workbook;

	ReportDownloads(ReportReading reading, ReportViews views, ReportPdf pdf, ReportWorkbook workbook) {
		this.reading = reading;
		this.views = views;
		this.pdf = pdf;
		this.workbook = workbook;
	}

	public ReportFile pdf(long id) {
		ReportContent content = content(id);
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		this.pdf.write(content, out);
		return new ReportFile(content.fileName() + ".pdf", ReportFile.PDF, out.toByteArray());
	}

	public ReportFile xlsx(long id) {
		ReportContent content = content(id);
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		this.workbook.write(content, out);
		return new ReportFile(content.fileName() + ".xlsx", ReportFile.XLSX, out.toByteArray());
	}

	private ReportContent content(long id) {
		ReportDraft draft = this.reading.readable(id);
		return ReportContent.of(draft, this.views.forCurrentUser(this.reading.snapshot(draft)));
	}

}
