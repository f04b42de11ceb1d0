package com.wbiisg.mapping.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the report files back as their readers would: the text of each page of a PDF
 * (PDFBox), and the rows of each sheet of an XLSX (POI), numbers as numbers.
 */
final class ReportFiles {

	private ReportFiles() {
	}

	/**
	 * The text of every page, with runs of white space made one space.
	 */
	static List<String> pdfPages(byte[] pdf) throws IOException {
		List<String> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(document).replaceAll("\\s+", " ").strip());
			}
		}
		return pages;
	}

	static String pdfText(byte[] pdf) throws IOException {
		return String.join(" ", pdfPages(pdf));
	}

	/**
	 * Every sheet by name, each as its rows of cell values: text as String, numbers as
	 * Double, booleans as Boolean, empty cells as null; formulas as "FORMULA:…".
	 */
	static Map<String, List<List<Object>>> xlsx(byte[] xlsx) throws IOException {
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook) {
				List<List<Object>> rows = new ArrayList<>();
				for (int r = 0; r <= sheet.getLastRowNum(); r++) {
					Row row = sheet.getRow(r);
					List<Object> values = new ArrayList<>();
					if (row != null) {
						for (int c = 0; c < row.getLastCellNum(); c++) {
							values.add(value(row.getCell(c)));
						}
					}
					rows.add(values);
				}
				sheets.put(sheet.getSheetName(), rows);
			}
		}
		return sheets;
	}

	/**
	 * Every text cell of the workbook, joined by new lines.
	 */
	static String xlsxText(Map<String, List<List<Object>>> sheets) {
		StringBuilder text = new StringBuilder();
		sheets.forEach((name, rows) -> rows.forEach((row) -> row.forEach((value) -> {
			if (value instanceof String string) {
				text.append(string).append('\n');
			}
		})));
		return text.toString();
	}

	/**
	 * The value in the column after the first cell of the sheet that equals the label.
	 */
	static Object valueAfter(List<List<Object>> sheet, String label) {
		for (List<Object> row : sheet) {
			if (!row.isEmpty() && label.equals(row.get(0))) {
				return (row.size() > 1) ? row.get(1) : null;
			}
		}
		throw new AssertionError("No row labelled " + label);
	}

	private static Object value(Cell cell) {
		if (cell == null) {
			return null;
		}
		return switch (cell.getCellType()) {
			case NUMERIC -> cell.getNumericCellValue();
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> cell.getBooleanCellValue();
			case FORMULA -> "FORMULA:" + cell.getCellFormula();
			default -> (cell.getCellType() == CellType.BLANK) ? null : cell.toString();
		};
	}

}
