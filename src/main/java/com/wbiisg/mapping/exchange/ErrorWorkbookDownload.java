package com.wbiisg.mapping.exchange;

import java.nio.file.Path;
import java.util.List;

/**
 * The uploaded workbook of an import, ready to be written with its errors marked.
 *
 * @param upload where the uploaded workbook lies
 * @param originalName the uploaded file's name
 * @param errors the errors of its preview
 * @param fileName the name the workbook of errors is downloaded under
 */
public record ErrorWorkbookDownload(Path upload, String originalName, List<ImportError> errors, String fileName) {

	public ErrorWorkbookDownload {
		errors = List.copyOf(errors);
	}

}
