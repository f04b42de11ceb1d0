package com.wbiisg.mapping.web.internal;

import java.sql.SQLException;
import java.util.Locale;

import com.wbiisg.mapping.shared.UserText;

import org.springframework.http.HttpStatus;

/**
 * Why the database refused a change, read from the SQL state of its error (the same on H2
 * and PostgreSQL), and how the API answers it.
 */
enum DatabaseRefusal {

	DUPLICATE(HttpStatus.CONFLICT, "web.refusal.duplicate"),

	IN_USE(HttpStatus.CONFLICT, "web.refusal.inUse"),

	MISSING_VALUE(HttpStatus.UNPROCESSABLE_CONTENT, "web.refusal.missingValue"),

	BAD_VALUE(HttpStatus.UNPROCESSABLE_CONTENT, "web.refusal.badValue"),

	OTHER(HttpStatus.CONFLICT, "web.refusal.other");

	private final HttpStatus status;

	private final UserText detail;

	DatabaseRefusal(HttpStatus status, String detailKey) {
		this.status = status;
		this.detail = UserText.of(detailKey);
	}

	HttpStatus status() {
		return this.status;
	}

	UserText detail() {
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
