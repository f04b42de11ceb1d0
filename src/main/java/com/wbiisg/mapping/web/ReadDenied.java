package com.wbiisg.mapping.web;

import com.wbiisg.mapping.shared.HiddenRecordException;
import org.jspecify.annotations.Nullable;

/**
 * A read of a record that exists but that the reader may not see was answered 404, as if
 * the record did not exist ({@link HiddenRecordException}); published once the answer is
 * chosen, for the audit trail.
 *
 * @param user who asked, or {@code null} when nobody was signed in
 * @param recordType the type of the hidden record, such as {@code Need}
 * @param recordId its id
 * @param address what was asked, such as {@code GET /api/v1/needs/42}
 */
public record ReadDenied(@Nullable String user, String recordType, String recordId, String address) {

}
