package com.wbiisg.mapping.exchange.internal.templates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.wbiisg.mapping.exchange.ImportError;
import com.wbiisg.mapping.exchange.internal.ImportRejected;
import com.wbiisg.mapping.exchange.internal.templates.XlsxSheetReader.Cell;
import com.wbiisg.mapping.needs.NeedImportBatch;
import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.Timeframe;
import com.wbiisg.mapping.shared.UserText;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * Turns the rows of the needs sheet into rows of the needs module, cell by cell: what is
 * not the kind of value its column takes becomes an error with its place, and the cell
 * counts as empty.
 */
final class NeedsWorkbookReader implements XlsxSheetReader.RowHandler {

	/**
	 * A row of the sheet that is not empty: its number, its content and the columns that
	 * had errors of their own.
	 */
	record ParsedRow(int row, NeedImportBatch.Row data, Set<Integer> badColumns) {
	}

	private final int maxRows;

	private final List<ParsedRow> rows = new ArrayList<>();

	private final List<ImportError> errors = new ArrayList<>();

	private long characters;

	/**
	 * The columns of the row being read that had errors: the same empty set for the rows
	 * without (most of them), a set of their own for the others.
	 */
	private Set<Integer> bad = Set.of();

	private int row;

	NeedsWorkbookReader(int maxRows) {
		this.maxRows = maxRows;
	}

	List<ParsedRow> rows() {
		return this.rows;
	}

	List<ImportError> errors() {
		return this.errors;
	}

	@Override
	public void row(int row, Map<Integer, Cell> cells) {
		if (row <= NeedsTemplateLayout.HEADER_ROW || isEmpty(cells)) {
			return;
		}
		if (this.rows.size() >= this.maxRows) {
			throw new ImportRejected(
					UserText.of("exchange.needs.tooManyRows", NeedsTemplateLayout.NEEDS, this.maxRows).english());
		}
		this.row = row;
		this.bad = Set.of();
		for (Cell cell : cells.values()) {
			UserText problem = cell.problem();
			if (problem != null) {
				error(cell.column(), problem);
			}
		}
		NeedImportBatch.Row data = new NeedImportBatch.Row(whole(cells, NeedsTemplateLayout.NEED_ID, true),
				whole(cells, NeedsTemplateLayout.VERSION_COLUMN, false), text(cells, NeedsTemplateLayout.MEASURE_CODE),
				text(cells, NeedsTemplateLayout.TITLE), text(cells, NeedsTemplateLayout.DESCRIPTION),
				choice(cells, NeedsTemplateLayout.TYPE, NeedType.class),
				choice(cells, NeedsTemplateLayout.PERSPECTIVE, Perspective.class),
				choice(cells, NeedsTemplateLayout.PRIORITY, Priority.class),
				text(cells, NeedsTemplateLayout.INSTITUTION), amount(cells, NeedsTemplateLayout.COST),
				choice(cells, NeedsTemplateLayout.TIMEFRAME, Timeframe.class), date(cells, NeedsTemplateLayout.START),
				date(cells, NeedsTemplateLayout.END), references(cells), yesNo(cells, NeedsTemplateLayout.RESTRICTED));
		this.rows.add(new ParsedRow(row, data, this.bad));
		this.characters += length(data.measureCode()) + length(data.title()) + length(data.description())
				+ length(data.institution());
		data.references().forEach((reference) -> this.characters += reference.length());
	}

	/**
	 * About what the rows read so far take in memory: a row of the needs template with
	 * short texts takes some 640 bytes (measured: 32 MB for 50,000 rows), and each
	 * character of its texts up to two more.
	 */
	DataSize estimatedSize() {
		return DataSize.ofBytes(640L * this.rows.size() + 2 * this.characters);
	}

	private static int length(@Nullable String text) {
		return (text == null) ? 0 : text.length();
	}

	private static boolean isEmpty(Map<Integer, Cell> cells) {
		if (usable(cells, NeedsTemplateLayout.NEED_ID) != null) {
			return false;
		}
		for (int column : NeedsTemplateLayout.INPUTS) {
			Cell cell = cells.get(column);
			if (cell != null && !cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static @Nullable Cell usable(Map<Integer, Cell> cells, int column) {
		Cell cell = cells.get(column);
		return (cell == null || cell.isBlank() || cell.formula() || cell.error()) ? null : cell;
	}

	private @Nullable String text(Map<Integer, Cell> cells, int column) {
		Cell cell = usable(cells, column);
		if (cell == null) {
			return null;
		}
		if (cell.number() != null && !cell.date() && cell.number() == Math.rint(cell.number())
				&& Math.abs(cell.number()) < 1e15) {
			return String.valueOf(cell.number().longValue());
		}
		return cell.text().trim();
	}

	private @Nullable Long whole(Map<Integer, Cell> cells, int column, boolean report) {
		Cell cell = usable(cells, column);
		if (cell == null) {
			return null;
		}
		try {
			BigDecimal number = (cell.number() != null) ? BigDecimal.valueOf(cell.number())
					: new BigDecimal(cell.text().trim());
			return number.longValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			if (report) {
				error(column, UserText.of("exchange.needs.idNotWhole", cell.text().trim()));
			}
			return null;
		}
	}

	private @Nullable BigDecimal amount(Map<Integer, Cell> cells, int column) {
		Cell cell = usable(cells, column);
		if (cell == null) {
			return null;
		}
		if (cell.number() != null) {
			BigDecimal number = new BigDecimal(cell.text().trim()).stripTrailingZeros();
			return (number.scale() < 0) ? number.setScale(0) : number;
		}
		try {
			return new BigDecimal(cell.text().trim().replace(" ", "").replace(",", ""));
		}
		catch (NumberFormatException ex) {
			error(column, UserText.of("exchange.needs.costNotNumber", cell.text().trim()));
			return null;
		}
	}

	private @Nullable LocalDate date(Map<Integer, Cell> cells, int column) {
		Cell cell = usable(cells, column);
		if (cell == null) {
			return null;
		}
		if (cell.number() != null) {
			if (cell.number() < 1 || cell.number() > 2958465) {
				error(column, UserText.of("exchange.cell.notDate", cell.text()));
				return null;
			}
			return DateUtil.getLocalDateTime(cell.number()).toLocalDate();
		}
		try {
			return LocalDate.parse(cell.text().trim());
		}
		catch (DateTimeParseException ex) {
			error(column, UserText.of("exchange.cell.notDate", cell.text().trim()));
			return null;
		}
	}

	private <E extends Enum<E>> @Nullable E choice(Map<Integer, Cell> cells, int column, Class<E> type) {
		Cell cell = usable(cells, column);
		if (cell == null) {
			return null;
		}
		String value = cell.text().trim().toUpperCase(Locale.ROOT).replace(' ', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		error(column, UserText.of("exchange.cell.notInList", cell.text().trim(),
				Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
		return null;
	}

	private List<String> references(Map<Integer, Cell> cells) {
		String text = text(cells, NeedsTemplateLayout.REFERENCES);
		if (text == null) {
			return List.of();
		}
		// separated by semicolons and line feeds; split by hand (a pattern took a tenth
		// of the reading)
		List<String> references = new ArrayList<>(2);
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == ';' || text.charAt(i) == '\n') {
				String part = text.substring(start, i).trim();
				if (!part.isEmpty()) {
					references.add(part);
				}
				start = i + 1;
			}
		}
		return references;
	}

	private boolean yesNo(Map<Integer, Cell> cells, int column) {
		Cell cell = usable(cells, column);
		if (cell == null) {
			return false;
		}
		String value = cell.text().trim().toUpperCase(Locale.ROOT);
		return switch (value) {
			case "YES", "TRUE", "Y", "1" -> true;
			case "NO", "FALSE", "N", "0" -> false;
			default -> {
				error(column, UserText.of("exchange.cell.notYesNo", cell.text().trim()));
				yield false;
			}
		};
	}

	private void error(int column, UserText message) {
		if (this.bad.isEmpty()) {
			this.bad = new HashSet<>();
		}
		if (this.bad.add(column)) {
			this.errors.add(new ImportError(NeedsTemplateLayout.NEEDS, this.row, NeedsTemplateLayout.letter(column),
					message.english()));
		}
	}

}
