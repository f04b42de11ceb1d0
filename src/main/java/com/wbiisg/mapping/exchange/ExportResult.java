package com.wbiisg.mapping.exchange;

/**
 * What an export job wrote, as its job shows it (API.md "Exchange", {@code result}).
 *
 * @param rows how many records the file holds: needs, projects, links or IATI activities
 * @param bytes the size of the file
 * @param fileName the name the file is downloaded under
 * @param download where the API downloads it
 */
public record ExportResult(long rows, long bytes, String fileName, String download) {
}
