package com.wbiisg.mapping.shared;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * A record that exists but that the current user may not see. It answers exactly as a
 * record that does not exist, the same 404 with the same body, so that nobody learns that
 * it exists; and the answer is audited as a denied read (the web layer that answers
 * publishes {@code web.ReadDenied}), so that probing for hidden records shows in the
 * audit trail. Only the answer is audited: a caller that catches the exception (to leave
 * a record out of a list) audits nothing.
 */
public class HiddenRecordException extends RecordNotFoundException {

	private final String hiddenType;

	private final String hiddenId;

	/**
	 * The record is hidden, and the answer names it.
	 */
	public HiddenRecordException(RecordType recordType, Object recordId) {
		this(recordType, recordId, recordType.code(), String.valueOf(recordId));
	}

	private HiddenRecordException(RecordType answeredType, Object answeredId, String hiddenType, String hiddenId) {
		super(answeredType, answeredId);
		this.hiddenType = hiddenType;
		this.hiddenId = hiddenId;
	}

	/**
	 * The record found, when the current user may see it.
	 * @param found the record, if it exists
	 * @param visible whether the current user may see it
	 * @throws RecordNotFoundException when there is none
	 * @throws HiddenRecordException when the current user may not see it
	 */
	public static <T> T requireVisible(Optional<T> found, Predicate<? super T> visible, RecordType recordType,
			Object recordId) {
		T record = found.orElseThrow(() -> new RecordNotFoundException(recordType, recordId));
		if (!visible.test(record)) {
			throw new HiddenRecordException(recordType, recordId);
		}
		return record;
	}

	/**
	 * The same hidden record, answered as the 404 of another one, such as the comment
	 * thread of a hidden need, whose answer must read as that of a thread that does not
	 * exist.
	 */
	public HiddenRecordException answeredAs(RecordType recordType, Object recordId) {
		return new HiddenRecordException(recordType, recordId, this.hiddenType, this.hiddenId);
	}

	/**
	 * The type of the record that exists but is hidden, as the audit trail keeps it, such
	 * as {@code Need}.
	 */
	public String hiddenType() {
		return this.hiddenType;
	}

	public String hiddenId() {
		return this.hiddenId;
	}

}
