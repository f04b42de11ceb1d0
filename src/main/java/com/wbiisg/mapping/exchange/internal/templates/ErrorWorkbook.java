package com.wbiisg.mapping.exchange.internal.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.exchange.ImportError;
import com.wbiisg.mapping.exchange.internal.ImportRejected;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

/**
 * The uploaded workbook given back with every cell that has an error filled red and
 * commented with the error, so the user corrects the file where it is wrong.
 */
@Component
class ErrorWorkbook {

	static final int MAX_MARKED = 5000;

	private final XlsxGuard guard;

	ErrorWorkbook(XlsxGuard guard) {
		this.guard = guard;
	}

	void write(Path file, String name, List<ImportError> errors, OutputStream out) {
		this.guard.check(file, name);
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Map<Short, CellStyle> marked = new HashMap<>();
			CreationHelper factory = workbook.getCreationHelper();
			Map<String, Drawing<?>> drawings = new HashMap<>();
			int count = 0;
			for (ImportError error : errors) {
				if (error.sheet() == null || error.row() == null || error.column() == null || count++ >= MAX_MARKED) {
					continue;
				}
				Sheet sheet = workbook.getSheet(error.sheet());
				if (sheet == null) {
					continue;
				}
				int column = CellReference.convertColStringToIndex(error.column());
				Row row = (sheet.getRow(error.row() - 1) == null) ? sheet.createRow(error.row() - 1)
						: sheet.getRow(error.row() - 1);
				Cell cell = (row.getCell(column) == null) ? row.createCell(column) : row.getCell(column);
				CellStyle style = marked.computeIfAbsent(cell.getCellStyle().getIndex(), (index) -> {
					CellStyle copy = workbook.createCellStyle();
					copy.cloneStyleFrom(cell.getCellStyle());
					copy.setFillForegroundColor(IndexedColors.ROSE.getIndex());
					copy.setFillPattern(FillPatternType.SOLID_FOREGROUND);
					return copy;
				});
				cell.setCellStyle(style);
				Drawing<?> drawing = drawings.computeIfAbsent(sheet.getSheetName(),
						(key) -> sheet.createDrawingPatriarch());
				Comment comment = cell.getCellComment();
				String text = (comment == null) ? error.message()
						: comment.getString().getString() + "\n" + error.message();
				if (comment == null) {
					ClientAnchor anchor = factory.createClientAnchor();
					anchor.setCol1(column);
					anchor.setCol2(column + 4);
					anchor.setRow1(error.row() - 1);
					anchor.setRow2(error.row() + 3);
					comment = drawing.createCellComment(anchor);
					comment.setAuthor("IISG Mapping Platform");
					cell.setCellComment(comment);
				}
				comment.setString(factory.createRichTextString(text));
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			if (ex instanceof ImportRejected) {
				throw ex;
			}
			throw XlsxPackage.rejected(name, ex);
		}
	}

}
