package com.wbiisg.mapping.exchange.internal.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.ToLongFunction;

import com.wbiisg.mapping.exchange.ExportKind;

import org.springframework.stereotype.Component;

/**
 * Writes one export of what the current user may see into a stream: a CSV as UTF-8
 * through a buffer, the IATI file as it comes. A download at once and the file of an
 * export job go through here alike, so they hold the same bytes.
 */
@Component
public class ExportWriter {

	private final CsvExports csv;

	private final IatiExport iati;

	ExportWriter(CsvExports csv, IatiExport iati) {
		this.csv = csv;
		this.iati = iati;
	}

	/**
	 * @return how many records were written: needs, projects, links or IATI activities
	 */
	public long write(ExportKind kind, OutputStream out, ExportProgress progress) {
		return switch (kind) {
			case NEEDS_CSV -> csv(out, (writer) -> this.csv.needs(writer, progress));
			case PROJECTS_CSV -> csv(out, (writer) -> this.csv.projects(writer, progress));
			case LINKS_CSV -> csv(out, (writer) -> this.csv.links(writer, progress));
			case PROJECTS_IATI -> this.iati.write(out, progress);
		};
	}

	private static long csv(OutputStream out, ToLongFunction<Writer> export) {
		try {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			long rows = export.applyAsLong(writer);
			writer.flush();
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
