package com.wbiisg.mapping.identity.internal;

import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * Passwords have at least 12 characters, at most 128, and do not contain the user name.
 */
public final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	public static void check(List<FieldProblem> problems, String field, @Nullable String password, String username) {
		if (password == null || password.length() < MIN_LENGTH) {
			problems.add(new FieldProblem(field, UserText.of("identity.password.tooShort", MIN_LENGTH)));
		}
		else if (password.length() > MAX_LENGTH) {
			problems.add(new FieldProblem(field, UserText.of("identity.password.tooLong", MAX_LENGTH)));
		}
		else if (!username.isEmpty() && password.toLowerCase(Locale.ROOT).contains(username)) {
			problems.add(new FieldProblem(field, UserText.of("identity.password.containsUsername")));
		}
	}

}
