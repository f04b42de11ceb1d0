package com.wbiisg.mapping.exchange.internal.templates;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import com.fasterxml.aalto.sax.SAXParserFactoryImpl;
import com.wbiisg.mapping.shared.ControlCharacters;
import com.wbiisg.mapping.shared.UserText;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the rows of one sheet of a workbook with Aalto's SAX parser, about twice as
 * fast as the JDK's on the tens of megabytes of XML a large template's sheet is, and as
 * safe: it expands no entity but XML's own and character references, reads no DTD, and
 * the workbook's guard refuses any DOCTYPE before. Memory does not grow with the rows.
 * Cells come as written, a formula is reported as a formula and never evaluated.
 */
final class XlsxSheetReader {

	private XlsxSheetReader() {
	}

	/**
	 * One cell as the file holds it.
	 *
	 * @param column 0-based
	 * @param text the text, or the number as written in the file
	 * @param number the number of a numeric cell
	 * @param date whether a numeric cell is formatted as a date
	 * @param formula whether the cell holds a formula
	 * @param error whether the cell holds an error value (#N/A, …)
	 */
	record Cell(int column, String text, @Nullable Double number, boolean date, boolean formula, boolean error) {

		boolean isBlank() {
			return !this.formula && this.text.isBlank();
		}

		/**
		 * What makes the cell unusable as it is, in words for its error, or null: a
		 * formula (never evaluated), an error value, or a control character in its text.
		 */
		@Nullable UserText problem() {
			if (this.formula) {
				return UserText.of("exchange.cell.formula");
			}
			if (this.error) {
				return UserText.of("exchange.cell.errorValue", this.text);
			}
			int at = ControlCharacters.indexIn(this.text);
			return (at < 0) ? null : UserText.of("exchange.cell.controlCharacter",
					String.format(Locale.ROOT, "U+%04X", (int) this.text.charAt(at)), String.valueOf(at + 1));
		}

	}

	@FunctionalInterface
	interface RowHandler {

		/**
		 * @param row the 1-based row number
		 * @param cells the cells of the row by 0-based column
		 */
		void row(int row, Map<Integer, Cell> cells);

	}

	/**
	 * Reads the sheet of that name, row by row.
	 * @return whether the workbook has such a sheet
	 */
	static boolean read(OPCPackage workbook, String sheetName, RowHandler handler)
			throws IOException, OpenXML4JException, SAXException {
		XSSFReader reader = new XSSFReader(workbook);
		ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
		StylesTable styles = reader.getStylesTable();
		XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
		while (sheets.hasNext()) {
			try (InputStream sheet = sheets.next()) {
				if (sheets.getSheetName().equals(sheetName)) {
					XMLReader parser = newParser();
					parser.setContentHandler(new SheetHandler(strings, styles, handler));
					parser.parse(new InputSource(new BufferedInputStream(sheet, 1 << 16)));
					return true;
				}
			}
		}
		return false;
	}

	static XMLReader newParser() throws SAXException {
		SAXParserFactory factory = new SAXParserFactoryImpl();
		factory.setNamespaceAware(true);
		try {
			return factory.newSAXParser().getXMLReader();
		}
		catch (ParserConfigurationException ex) {
			throw new SAXException(ex);
		}
	}

	private static final class SheetHandler extends DefaultHandler {

		private final ReadOnlySharedStringsTable strings;

		private final @Nullable StylesTable styles;

		private final RowHandler handler;

		private final StringBuilder value = new StringBuilder();

		private final Map<Integer, Boolean> dateStyles = new HashMap<>();

		private Map<Integer, Cell> cells = new HashMap<>();

		private int row;

		private int nextColumn;

		private int column;

		private @Nullable String type;

		private int style;

		private boolean formula;

		private boolean collecting;

		SheetHandler(ReadOnlySharedStringsTable strings, @Nullable StylesTable styles, RowHandler handler) {
			this.strings = strings;
			this.styles = styles;
			this.handler = handler;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "row" -> {
					String number = attributes.getValue("r");
					this.row = (number == null) ? this.row + 1 : Integer.parseInt(number);
					this.cells = new HashMap<>();
					this.nextColumn = 0;
				}
				case "c" -> {
					String reference = attributes.getValue("r");
					this.column = (reference == null) ? this.nextColumn : column(reference);
					this.nextColumn = this.column + 1;
					this.type = attributes.getValue("t");
					String s = attributes.getValue("s");
					this.style = (s == null) ? 0 : Integer.parseInt(s);
					this.formula = false;
					this.value.setLength(0);
				}
				case "f" -> this.formula = true;
				case "v", "t" -> this.collecting = true;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (this.collecting) {
				this.value.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "v", "t" -> this.collecting = false;
				case "c" -> this.cells.put(this.column, cell());
				case "row" -> this.handler.row(this.row, this.cells);
				default -> {
				}
			}
		}

		/**
		 * The 0-based column of a cell reference such as {@code AB12}.
		 */
		private static int column(String reference) {
			int column = 0;
			for (int i = 0; i < reference.length(); i++) {
				char c = reference.charAt(i);
				if (c < 'A' || c > 'Z') {
					break;
				}
				column = column * 26 + (c - 'A' + 1);
			}
			return column - 1;
		}

		private Cell cell() {
			String raw = this.value.toString();
			if ("s".equals(this.type)) {
				String text = raw.isEmpty() ? "" : this.strings.getItemAt(Integer.parseInt(raw.trim())).getString();
				return new Cell(this.column, text, null, false, this.formula, false);
			}
			if ("inlineStr".equals(this.type) || "str".equals(this.type)) {
				return new Cell(this.column, raw, null, false, this.formula, false);
			}
			if ("b".equals(this.type)) {
				return new Cell(this.column, "1".equals(raw) ? "TRUE" : "FALSE", null, false, this.formula, false);
			}
			if ("e".equals(this.type)) {
				return new Cell(this.column, raw, null, false, this.formula, true);
			}
			if (raw.isBlank()) {
				return new Cell(this.column, "", null, false, this.formula, false);
			}
			double number = Double.parseDouble(raw);
			return new Cell(this.column, raw, number, isDate(), this.formula, false);
		}

		private boolean isDate() {
			return this.dateStyles.computeIfAbsent(this.style, (index) -> isDateStyle());
		}

		private boolean isDateStyle() {
			if (this.styles == null || this.style >= this.styles.getNumCellStyles()) {
				return false;
			}
			XSSFCellStyle cellStyle = this.styles.getStyleAt(this.style);
			return cellStyle != null
					&& DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
		}

	}

}
