package com.wbiisg.mapping.exchange.internal.templates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.wbiisg.mapping.exchange.ImportError;
import com.wbiisg.mapping.exchange.internal.templates.XlsxSheetReader.Cell;
import com.wbiisg.mapping.shared.ControlCharacters;
import com.wbiisg.mapping.shared.UserText;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * Reads the values of one row of a sheet by column: a value that is not what its column
 * takes is reported as an error of its cell (sheet, row, column letter) and read as
 * empty. Formulas and error values are errors too, never evaluated.
 */
final class CellReading {

	private final String sheet;

	private final int row;

	private final Map<Integer, Cell> cells;

	private final List<ImportError> errors;

	private final Set<Integer> bad = new HashSet<>();

	CellReading(String sheet, int row, Map<Integer, Cell> cells, List<ImportError> errors) {
		this.sheet = sheet;
		this.row = row;
		this.cells = cells;
		this.errors = errors;
		for (Cell cell : cells.values()) {
			UserText problem = cell.problem();
			if (problem != null) {
				error(cell.column(), problem);
			}
		}
	}

	Set<Integer> badColumns() {
		return this.bad;
	}

	boolean isBlank(int column) {
		Cell cell = this.cells.get(column);
		return cell == null || cell.isBlank();
	}

	@Nullable Cell usable(int column) {
		Cell cell = this.cells.get(column);
		return (cell == null || cell.isBlank() || cell.formula() || cell.error()) ? null : cell;
	}

	@Nullable String text(int column) {
		Cell cell = usable(column);
		if (cell == null) {
			return null;
		}
		if (cell.number() != null && !cell.date() && cell.number() == Math.rint(cell.number())
				&& Math.abs(cell.number()) < 1e15) {
			return String.valueOf(cell.number().longValue());
		}
		return cell.text().trim();
	}

	List<String> list(int column) {
		String text = text(column);
		return (text == null) ? List.of()
				: Arrays.stream(text.split("[;\\n]")).map(String::trim).filter((part) -> !part.isEmpty()).toList();
	}

	@Nullable Long whole(int column, UserText what) {
		Cell cell = usable(column);
		if (cell == null) {
			return null;
		}
		try {
			BigDecimal number = (cell.number() != null) ? BigDecimal.valueOf(cell.number())
					: new BigDecimal(cell.text().trim());
			return number.longValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			error(column, UserText.of("exchange.cell.notWhole", what, cell.text().trim()));
			return null;
		}
	}

	@Nullable BigDecimal amount(int column, UserText what) {
		Cell cell = usable(column);
		if (cell == null) {
			return null;
		}
		try {
			String text = (cell.number() != null) ? cell.text().trim()
					: cell.text().trim().replace(" ", "").replace(",", "");
			BigDecimal number = new BigDecimal(text).stripTrailingZeros();
			return (number.scale() < 0) ? number.setScale(0) : number;
		}
		catch (NumberFormatException ex) {
			error(column, UserText.of("exchange.cell.notNumber", what, cell.text().trim()));
			return null;
		}
	}

	@Nullable LocalDate date(int column) {
		Cell cell = usable(column);
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

	<E extends Enum<E>> @Nullable E choice(int column, Class<E> type) {
		Cell cell = usable(column);
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

	@Nullable Boolean yesNo(int column) {
		Cell cell = usable(column);
		if (cell == null) {
			return null;
		}
		return switch (cell.text().trim().toUpperCase(Locale.ROOT)) {
			case "YES", "TRUE", "Y", "1" -> true;
			case "NO", "FALSE", "N", "0" -> false;
			default -> {
				error(column, UserText.of("exchange.cell.notYesNo", cell.text().trim()));
				yield null;
			}
		};
	}

	void error(int column, UserText message) {
		if (this.bad.add(column)) {
			this.errors.add(new ImportError(this.sheet, this.row, CellReference.convertNumToColString(column),
					message.english()));
		}
	}

}
