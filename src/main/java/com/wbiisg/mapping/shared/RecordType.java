package com.wbiisg.mapping.shared;

import java.util.Arrays;
import java.util.List;

/**
 * A kind of record, as the audit trail keeps it and as a message names it to a user.
 *
 * @param code what the audit trail and a denied read keep, such as {@code Need}; it never
 * changes with the language
 * @param nameKey the key of its name in the bundle of the module that declares it, such
 * as {@code needs.record.need}
 * @param nameArguments what fills the name's placeholders, mostly none
 */
public record RecordType(String code, String nameKey, List<Object> nameArguments) {

	public RecordType {
		nameArguments = List.copyOf(nameArguments);
	}

	public static RecordType of(String code, String nameKey) {
		return new RecordType(code, nameKey, List.of());
	}

	/**
	 * The same kind of record, its name's placeholders {@code {0}}, {@code {1}} … filled
	 * with {@code arguments}, such as the project whose link to a need it is.
	 */
	public RecordType naming(Object... arguments) {
		return new RecordType(this.code, this.nameKey, Arrays.asList(arguments));
	}

	/**
	 * Its name, put into the reader's language where it is shown.
	 */
	public UserText name() {
		return UserText.of(this.nameKey, this.nameArguments.toArray());
	}

}
