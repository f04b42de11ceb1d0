package com.wbiisg.mapping.web.internal;

import java.sql.SQLException;
import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * Why the database refused a change, read from the SQL state of its error (the same on H2
 * and PostgreSQL), and how the API answers it.
 */
enum DatabaseRefusal {

	DUPLICATE(HttpStatus.CONFLICT,
			"The change clashes with another record: one with the same key exists already. " + "Nothing was stored."),

	IN_USE(HttpStatus.CONFLICT,
			"The change clashes with another record: a record still refers to it, or it refers "
					+ "to one that does not exist. Nothing was stored."),

	MISSING_VALUE(HttpStatus.UNPROCESSABLE_CONTENT, "A required value is missing. Nothing was stored."),

	BAD_VALUE(HttpStatus.UNPROCESSABLE_CONTENT,
			"A value cannot be stored: it is too long, out of range, or holds a "
					+ "character that cannot be stored. Nothing was stored."),

	OTHER(HttpStatus.CONFLICT, "The change breaks a rule of the stored records. Nothing was stored.");

	private final HttpStatus status;

	private final String detail;

	DatabaseRefusal(HttpStatus status, String detail) {
		this.status = status;
		this.detail = detail;
	}

	HttpStatus status() {
		return this.status;
	}

	String detail() {
		return this.detail;
	}

	static DatabaseRefusal of(Throwable error) {
		String state = sqlState(error);
		if (state == null) {
			return OTHER;
		}
		return switch (state) {
			case "23505" -> DUPLICATE;
			case "23503", "23506" -> IN_USE;
			case "23502" -> MISSING_VALUE;
			case "23514" -> BAD_VALUE;
			default -> state.startsWith("22") ? BAD_VALUE : OTHER;
		};
	}

	private static String sqlState(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState().toUpperCase(Locale.ROOT);
			}
		}
		return null;
	}

}
