package com.wbiisg.mapping.reporting.internal;

import com.wbiisg.mapping.reporting.ReportViews;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * What a report file is made from, and so what it is kept by: the draft in its version (a
 * step of its lifecycle changes the title page), the snapshot it holds, the format, the
 * language, and the audience of its readers ({@link ReportViews.Audience#key()}). The
 * snapshot's checksum keeps a file from being taken for another draft of the same number,
 * should the database be replaced under the kept files.
 *
 * @param draft the id of the draft
 * @param version the version of the draft
 * @param snapshot the checksum of the stored snapshot, in hexadecimal
 * @param format the format
 * @param locale the language of the file's texts and dates
 * @param audience the key of the readers' audience
 */
public record ReportFileKey(long draft, long version, String snapshot, ReportFileFormat format, Locale locale,
		String audience) {

	public static ReportFileKey of(ReportDraft draft, ReportFileFormat format, Locale locale,
			ReportViews.Audience audience) {
		CRC32C checksum = new CRC32C();
		checksum.update(draft.getSnapshot());
		return new ReportFileKey(draft.getId(), draft.getVersion(), Long.toHexString(checksum.getValue()), format,
				locale, audience.key());
	}

	/**
	 * The start of the kept file's name, which only letters, digits and hyphens make up.
	 */
	String stem() {
		return "v" + this.version + "-" + this.snapshot + "-" + this.locale.toLanguageTag() + "-" + this.audience + "-"
				+ this.format.extension();
	}

}
