package com.wbiisg.mapping.exchange;

import org.jspecify.annotations.Nullable;

/**
 * One error found in an uploaded file, in the API's shape: where it is and what is wrong,
 * in plain words. For a workbook the sheet name, the 1-based row number and the column
 * letter or header; for an IATI file the sheet is {@code null}, the row is the 1-based
 * activity number in the file and the column is the element or attribute.
 */
public record ImportError(@Nullable String sheet, @Nullable Integer row, @Nullable String column, String message) {

}
