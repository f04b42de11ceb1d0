package com.wbiisg.mapping.meetings.internal;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;

/**
 * The edits of a meeting's collections: positional ones on its ordered lists (agenda,
 * attendance), with the position people see counted from 1 in the message of a missing
 * entry (the key {@code missingKey}, whose argument is that position). A refused edit
 * throws before anything changes.
 */
final class OrderedEntries {

	private OrderedEntries() {
	}

	/**
	 * Makes a set of a meeting hold what the source holds, in place, so that only the
	 * rows that changed are written.
	 */
	static <T> void replace(Set<T> target, Set<T> source) {
		target.retainAll(source);
		target.addAll(source);
	}

	static <T> T at(List<T> list, int position, String missingKey) {
		if (position < 0 || position >= list.size()) {
			throw new InvalidInputException("position", UserText.of(missingKey, String.valueOf(position + 1)));
		}
		return list.get(position);
	}

	static <T> T remove(List<T> list, int position, String missingKey) {
		at(list, position, missingKey);
		return list.remove(position);
	}

	/**
	 * Moves the entry one place up or down; at either end it stays. Whether it moved.
	 */
	static <T> boolean shift(List<T> list, int position, boolean up, String missingKey) {
		at(list, position, missingKey);
		int target = position + (up ? -1 : 1);
		if (target < 0 || target >= list.size()) {
			return false;
		}
		Collections.swap(list, position, target);
		return true;
	}

}
