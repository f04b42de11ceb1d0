package com.wbiisg.mapping.reporting.internal;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;

import com.wbiisg.mapping.shared.SpreadsheetText;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes an XLSX workbook row by row with POI's streaming workbook, which keeps only a
 * window of rows in memory. Numbers become numeric cells (amounts in EUR with a thousands
 * format), dates date cells, and text stays text: never a formula, and text a spreadsheet
 * would run as one is neutralised ({@link SpreadsheetText}).
 * <p>
 * Every cell gets its style, the plain one included: a cell without one makes POI look
 * for its column's style in the sheet's XML as the row is written, which took a third of
 * the time of a large report. The rows written out wait in temporary files uncompressed,
 * as zipping them there cost as much again as zipping the workbook.
 */
final class WorkbookWriter implements AutoCloseable {

	private static final int WINDOW = 200;

	private final SXSSFWorkbook workbook = new FastlyZipped(WINDOW);

	private final Set<String> sheetNames = new HashSet<>();

	private final CellStyle plain;

	private final CellStyle heading;

	private final CellStyle header;

	private final CellStyle wrapped;

	private final CellStyle integer;

	private final CellStyle amount;

	private final CellStyle date;

	WorkbookWriter() {
		this.plain = this.workbook.getCellStyleAt(0);
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		Font large = this.workbook.createFont();
		large.setBold(true);
		large.setFontHeightInPoints((short) 14);
		this.heading = this.workbook.createCellStyle();
		this.heading.setFont(large);
		this.header = this.workbook.createCellStyle();
		this.header.setFont(bold);
		this.header.setWrapText(true);
		this.wrapped = this.workbook.createCellStyle();
		this.wrapped.setWrapText(true);
		this.integer = this.workbook.createCellStyle();
		this.integer.setDataFormat(this.workbook.createDataFormat().getFormat("0"));
		this.amount = this.workbook.createCellStyle();
		this.amount.setDataFormat(this.workbook.createDataFormat().getFormat("#,##0.00"));
		this.date = this.workbook.createCellStyle();
		this.date.setDataFormat(this.workbook.createDataFormat().getFormat("yyyy-mm-dd"));
	}

	/**
	 * A new sheet with a safe, unique name made from the one given, and the widths of its
	 * columns in characters.
	 */
	Sheet sheet(String name, int... widths) {
		String safe = WorkbookUtil.createSafeSheetName(name.replace('\'', ' ').strip());
		String unique = safe;
		for (int i = 2; !this.sheetNames.add(unique.toLowerCase(Locale.ROOT)); i++) {
			String suffix = " (" + i + ")";
			unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
		}
		SXSSFSheet sheet = this.workbook.createSheet(unique);
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
		}
		return new Sheet(sheet);
	}

	void write(OutputStream out) {
		try {
			this.workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.workbook.dispose();
		}
	}

	/**
	 * A sheet being written, one row after the other.
	 */
	final class Sheet {

		private final SXSSFSheet sheet;

		private int next;

		private Sheet(SXSSFSheet sheet) {
			this.sheet = sheet;
		}

		Sheet heading(String text) {
			Row row = this.sheet.createRow(this.next++);
			text(row, 0, text).setCellStyle(WorkbookWriter.this.heading);
			return this;
		}

		Sheet header(String... titles) {
			Row row = this.sheet.createRow(this.next++);
			for (int i = 0; i < titles.length; i++) {
				text(row, i, titles[i]).setCellStyle(WorkbookWriter.this.header);
			}
			return this;
		}

		/**
		 * A row of values: numbers (whole numbers as such, BigDecimal as EUR amounts),
		 * dates, booleans, text, or null for an empty cell.
		 */
		Sheet row(@Nullable Object... values) {
			Row row = this.sheet.createRow(this.next++);
			for (int i = 0; i < values.length; i++) {
				Object value = values[i];
				if (value instanceof BigDecimal decimal) {
					Cell cell = row.createCell(i);
					cell.setCellValue(decimal.doubleValue());
					cell.setCellStyle(WorkbookWriter.this.amount);
				}
				else if (value instanceof Number number) {
					Cell cell = row.createCell(i);
					cell.setCellValue(number.doubleValue());
					boolean whole = !(number instanceof Double) && !(number instanceof Float);
					cell.setCellStyle(whole ? WorkbookWriter.this.integer : WorkbookWriter.this.plain);
				}
				else if (value instanceof LocalDate day) {
					Cell cell = row.createCell(i);
					cell.setCellValue(day);
					cell.setCellStyle(WorkbookWriter.this.date);
				}
				else if (value instanceof Boolean flag) {
					Cell cell = row.createCell(i);
					cell.setCellValue(flag);
					cell.setCellStyle(WorkbookWriter.this.plain);
				}
				else if (value != null) {
					String text = value.toString();
					text(row, i, text)
						.setCellStyle((text.length() > 60) ? WorkbookWriter.this.wrapped : WorkbookWriter.this.plain);
				}
			}
			return this;
		}

		Sheet blank() {
			this.next++;
			return this;
		}

	}

	private static Cell text(Row row, int column, String text) {
		Cell cell = row.createCell(column);
		cell.setCellValue(SpreadsheetText.neutralised(text));
		return cell;
	}

	/**
	 * POI's streaming workbook with its sheets written out through a faster writer and
	 * zipped at the fastest level: the XML of a large report compresses several times
	 * faster than at the default level, for a file about a third larger.
	 */
	private static final class FastlyZipped extends SXSSFWorkbook {

		FastlyZipped(int window) {
			super(window);
		}

		/**
		 * Sheets that write their rows out through {@link Utf8FileWriter}.
		 */
		@Override
		protected SheetDataWriter createSheetDataWriter() throws IOException {
			return new SheetDataWriter(getSharedStringSource()) {

				@Override
				public Writer createWriter(File file) throws IOException {
					return new Utf8FileWriter(new FileOutputStream(file));
				}

			};
		}

		@Override
		protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
			ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
			zip.setLevel(Deflater.BEST_SPEED);
			return zip;
		}

	}

}
