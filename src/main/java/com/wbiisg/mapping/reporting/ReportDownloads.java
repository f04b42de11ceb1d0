package com.wbiisg.mapping.reporting;

import com.wbiisg.mapping.reporting.internal.KeptReportFiles;
import com.wbiisg.mapping.reporting.internal.ReportContent;
import com.wbiisg.mapping.reporting.internal.ReportDraft;
import com.wbiisg.mapping.reporting.internal.ReportFileFormat;
import com.wbiisg.mapping.reporting.internal.ReportFileKey;
import com.wbiisg.mapping.reporting.internal.ReportFileMaking;
import com.wbiisg.mapping.reporting.internal.ReportReading;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * A report draft as PDF or XLSX for the current reader, made from the reader's
 * {@link ReportView}: restricted needs in full only for those who may see them, in the
 * figures and counts of needs not shown for everyone else. A draft the reader may not
 * read does not exist for them.
 * <p>
 * A file is made from the draft (its snapshot never changes; its status and decisions
 * change its version), the reader's {@link ReportViews.Audience audience} and language
 * alone, so it is made once for those and kept on disk ({@link KeptReportFiles}): at 100
 * times IISG size a file takes seconds to make, and the readers of one audience download
 * the same draft in turn. The Secretariat's files of a new draft are made in the
 * background as soon as it is generated; any other file is made by the first reader who
 * asks for it, and who asks meanwhile waits for that making ({@link ReportFileMaking}).
 * Whether the reader may read the draft is checked on every download. No transaction is
 * held while a file is made or waited for.
 */
@Service
public class ReportDownloads {

	private final ReportReading reading;

	private final ReportViews views;

	private final ReportFileMaking making;

	ReportDownloads(ReportReading reading, ReportViews views, ReportFileMaking making) {
		this.reading = reading;
		this.views = views;
		this.making = making;
	}

	public ReportFile pdf(long id) {
		return file(id, ReportFileFormat.PDF);
	}

	public ReportFile xlsx(long id) {
		return file(id, ReportFileFormat.XLSX);
	}

	private ReportFile file(long id, ReportFileFormat format) {
		ReportDraft draft = this.reading.readable(id);
		ReportViews.Audience audience = this.views.audienceOfCurrentUser();
		Locale locale = LocaleContextHolder.getLocale();
		return this.making.obtain(ReportFileKey.of(draft, format, locale, audience),
				() -> ReportContent.of(draft, ReportViews.of(this.reading.snapshot(draft), audience)));
	}

}
