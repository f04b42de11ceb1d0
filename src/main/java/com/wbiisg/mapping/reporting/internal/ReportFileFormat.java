package com.wbiisg.mapping.reporting.internal;

import com.wbiisg.mapping.reporting.ReportFile;

/**
 * The formats a report draft is downloaded in.
 */
public enum ReportFileFormat {

	PDF("pdf", ReportFile.PDF), XLSX("xlsx", ReportFile.XLSX);

	private final String extension;

	private final String contentType;

	ReportFileFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	String extension() {
		return this.extension;
	}

	String contentType() {
		return this.contentType;
	}

}
