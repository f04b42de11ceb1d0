package com.wbiisg.mapping.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report draft as PDF or XLSX for the current reader, made from the reader's
 * {@link ReportView}: restricted needs in full only for those who may see them, in the
 * figures and counts of needs not shown for everyone else. A draft the reader may not
 * read does not exist for them.
 * <p>
 * A file is made from the draft (its snapshot never changes; its status and decisions
 * change its version), the reader's {@link ReportViews.Audience audience} and language
 * alone, so the files made are kept by those, up to {@value #KEPT_BYTES} bytes in all: at
 * 100 times IISG size a file takes 6–9 s to make, and the readers of one audience
 * download the same draft in turn. The file is made in the thread of the first reader who
 * asks for it (with their transaction and rights); who asks meanwhile waits for it.
 * Whether the reader may read the draft is checked on every download.
 */
@Service
@Transactional(readOnly = true)
public class ReportDownloads {

	static final long KEPT_BYTES = 64L * 1024 * 1024;

	private final ReportReading reading;

	private final ReportViews views;

	private final ReportPdf pdf;

	private final ReportWorkbook workbook;

	private final AsyncCache<Key, ReportFile> kept = Caffeine.newBuilder()
		.maximumWeight(KEPT_BYTES)
		.<Key, ReportFile>weigher((key, file) -> file.content().length)
		.buildAsync();

	ReportDownloads(ReportReading reading, ReportViews views, ReportPdf pdf, ReportWorkbook workbook) {
		this.reading = reading;
		this.views = views;
		this.pdf = pdf;
		this.workbook = workbook;
	}

	public ReportFile pdf(long id) {
		return file(id, ReportFile.PDF);
	}

	public ReportFile xlsx(long id) {
		return file(id, ReportFile.XLSX);
	}

	private ReportFile file(long id, String contentType) {
		ReportDraft draft = this.reading.readable(id);
		ReportViews.Audience audience = this.views.audienceOfCurrentUser();
		Key key = new Key(draft.getId(), draft.getVersion(), contentType, LocaleContextHolder.getLocale(), audience);
		CompletableFuture<ReportFile> making = new CompletableFuture<>();
		CompletableFuture<ReportFile> made = this.kept.asMap().putIfAbsent(key, making);
		if (made != null) {
			try {
				return made.join();
			}
			catch (CompletionException ex) {
				throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
			}
		}
		try {
			ReportFile file = make(draft, audience, contentType);
			making.complete(file);
			return file;
		}
		catch (RuntimeException ex) {
			this.kept.asMap().remove(key, making);
			making.completeExceptionally(ex);
			throw ex;
		}
	}

	private ReportFile make(ReportDraft draft, ReportViews.Audience audience, String contentType) {
		ReportContent content = ReportContent.of(draft, ReportViews.of(this.reading.snapshot(draft), audience));
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		if (contentType.equals(ReportFile.PDF)) {
			this.pdf.write(content, out);
			return new ReportFile(content.fileName() + ".pdf", contentType, out.toByteArray());
		}
		this.workbook.write(content, out);
		return new ReportFile(content.fileName() + ".xlsx", contentType, out.toByteArray());
	}

	/**
	 * What a file is made from.
	 */
	private record Key(long draft, long version, String contentType, Locale locale, ReportViews.Audience audience) {
	}

}
