package com.wbiisg.mapping.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Fills downloaded needs templates with POI as a user would in Excel, and rewrites their
 * zip for the hostile-file tests.
 */
public final class NeedsWorkbooks {

	public static final int NEED_ID = 0;

	public static final int MEASURE_CODE = 2;

	public static final int TITLE = 4;

	public static final int DESCRIPTION = 5;

	public static final int TYPE = 6;

	public static final int PERSPECTIVE = 7;

	public static final int PRIORITY = 8;

	public static final int COST = 10;

	public static final int START = 12;

	private final XSSFWorkbook workbook;

	private NeedsWorkbooks(XSSFWorkbook workbook) {
		this.workbook = workbook;
	}

	public static NeedsWorkbooks open(byte[] template) {
		try {
			return new NeedsWorkbooks(new XSSFWorkbook(new ByteArrayInputStream(template)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Sheet needs() {
		return this.workbook.getSheet("Needs");
	}

	/**
	 * The first row under the measure with no need in it yet.
	 */
	public Row emptyRowOf(String measure) {
		for (Row row : needs()) {
			if (row.getRowNum() > 0 && measure.equals(text(row, MEASURE_CODE)) && text(row, NEED_ID) == null
					&& text(row, TITLE) == null) {
				return row;
			}
		}
		throw new IllegalStateException("No empty row under " + measure);
	}

	/**
	 * The first of the free rows at the end (no measure yet).
	 */
	public Row freeRow() {
		for (Row row : needs()) {
			if (row.getRowNum() > 0 && text(row, MEASURE_CODE) == null && text(row, TITLE) == null) {
				return row;
			}
		}
		throw new IllegalStateException("No free row left");
	}

	public @Nullable Row rowOfNeed(long id) {
		for (Row row : needs()) {
			Cell cell = row.getCell(NEED_ID);
			if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
					&& (long) cell.getNumericCellValue() == id) {
				return row;
			}
		}
		return null;
	}

	public long countNeedRows() {
		long count = 0;
		for (Row row : needs()) {
			if (row.getRowNum() > 0 && text(row, NEED_ID) != null) {
				count++;
			}
		}
		return count;
	}

	public NeedsWorkbooks fill(Row row, String title, String type, String perspective, String priority) {
		set(row, TITLE, title);
		set(row, TYPE, type);
		set(row, PERSPECTIVE, perspective);
		set(row, PRIORITY, priority);
		return this;
	}

	public NeedsWorkbooks set(Row row, int column, @Nullable String value) {
		Cell cell = (row.getCell(column) == null) ? row.createCell(column) : row.getCell(column);
		if (value == null) {
			cell.setBlank();
		}
		else {
			cell.setCellValue(value);
		}
		return this;
	}

	public NeedsWorkbooks number(Row row, int column, double value) {
		Cell cell = (row.getCell(column) == null) ? row.createCell(column) : row.getCell(column);
		cell.setCellValue(value);
		return this;
	}

	public NeedsWorkbooks formula(Row row, int column, String formula) {
		Cell cell = (row.getCell(column) == null) ? row.createCell(column) : row.getCell(column);
		cell.setCellFormula(formula);
		return this;
	}

	public static @Nullable String text(Row row, int column) {
		Cell cell = row.getCell(column);
		if (cell == null) {
			return null;
		}
		return switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue().isEmpty() ? null : cell.getStringCellValue();
			case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
			default -> null;
		};
	}

	public byte[] bytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			this.workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The zip with each entry passed through {@code change} (null drops it) and the
	 * entries of {@code added} appended.
	 */
	public static byte[] rewrite(byte[] zip, BiFunction<String, byte[], byte @Nullable []> change,
			Map<String, byte[]> added) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				byte[] content = change.apply(entry.getName(), in.readAllBytes());
				if (content != null) {
					out.putNextEntry(new ZipEntry(entry.getName()));
					out.write(content);
					out.closeEntry();
				}
			}
			for (Map.Entry<String, byte[]> extra : added.entrySet()) {
				out.putNextEntry(new ZipEntry(extra.getKey()));
				out.write(extra.getValue());
				out.closeEntry();
			}
			out.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
