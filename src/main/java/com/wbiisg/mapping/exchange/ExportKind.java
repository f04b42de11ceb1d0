package com.wbiisg.mapping.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;

/**
 * The exports a member can download at once or have written in the background as a job:
 * each with its name in the API ({@code kind} of {@code POST /api/v1/exports}, stored as
 * the job's kind), the name of the file and its content type, the same for both ways.
 */
public enum ExportKind {

	NEEDS_CSV("needs-csv", "needs.csv", true), PROJECTS_CSV("projects-csv", "projects.csv", true),
	LINKS_CSV("links-csv", "links.csv", true), PROJECTS_IATI("projects-iati", "projects.iati.xml", false);

	private final String apiName;

	private final String fileName;

	private final boolean csv;

	ExportKind(String apiName, String fileName, boolean csv) {
		this.apiName = apiName;
		this.fileName = fileName;
		this.csv = csv;
	}

	/**
	 * The kind of this name in the API, in any case.
	 */
	public static Optional<ExportKind> of(@Nullable String apiName) {
		String name = (apiName == null) ? "" : apiName.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((kind) -> kind.apiName.equals(name)).findFirst();
	}

	/**
	 * The names of every kind in the API.
	 */
	public static List<String> apiNames() {
		return Arrays.stream(values()).map(ExportKind::apiName).toList();
	}

	public String apiName() {
		return this.apiName;
	}

	public String fileName() {
		return this.fileName;
	}

	/**
	 * UTF-8 CSV or UTF-8 XML.
	 */
	public MediaType mediaType() {
		return this.csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
				: new MediaType("application", "xml", StandardCharsets.UTF_8);
	}

	public boolean isCsv() {
		return this.csv;
	}

}
