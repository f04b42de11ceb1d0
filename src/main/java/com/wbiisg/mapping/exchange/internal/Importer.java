package com.wbiisg.mapping.exchange.internal;

import com.wbiisg.mapping.exchange.ImportPreview;
import com.wbiisg.mapping.exchange.ImportResult;

/**
 * One kind of file the platform imports: {@code needs-xlsx}, {@code projects-xlsx} or
 * {@code iati}, as the {@code kind} of {@code POST /api/v1/imports}. The job runner finds
 * every bean of this type and calls it on a worker thread that carries the uploader's
 * security context, so the modules' APIs see the uploader as the current user.
 */
public interface Importer {

	/**
	 * The kind, as named in the API: {@code needs-xlsx}, {@code projects-xlsx} or
	 * {@code iati}.
	 */
	String kind();

	/**
	 * Whether the preview reads the file from its start to its end once, so that it can
	 * read it while it is still being uploaded ({@link ImportFile#open()}); a workbook is
	 * a zip file, read from its end.
	 */
	default boolean readsWhileArriving() {
		return false;
	}

	/**
	 * Reads the file and says what confirming it would do, writing nothing.
	 * @throws ImportRejected when the file cannot be read safely at all (not a workbook,
	 * a zip bomb, a DOCTYPE, the wrong root, a template of another cycle or partner)
	 */
	ImportPreview preview(ImportFile file, ImportProgress progress);

	/**
	 * Imports the file as the preview described it, in the one transaction the job runner
	 * opens around this call. The templates refuse the whole file when any row has an
	 * error; IATI skips the activities with errors and imports the rest.
	 * @throws ImportRejected when the file or the data changed so that the import cannot
	 * go on; the runner then rolls back everything
	 */
	ImportResult confirm(ImportFile file, ImportProgress progress);

}
