package com.wbiisg.mapping.identity.internal;

import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.jspecify.annotations.Nullable;

/**
 * The rule of passwords a user chooses (ASVS 5.0 §6.2): at least 12 characters and at
 * most 128, any characters, not among the common passwords nor easy to guess, and not
 * containing the user name, the e-mail address or its local part. There is no other
 * composition rule.
 * <p>
 * "Common or easy to guess" is the estimate of nbvcxz (the Java port of zxcvbn, with its
 * own dictionaries of common passwords, words and names, read from its jar: no network
 * call): a password whose score is below {@value #MIN_SCORE} of 4 (fewer than about 10^10
 * guesses) is refused. The estimator is built once, on first use (about a second); one
 * check then takes a few milliseconds, up to about 0.6 s for 128 repeated characters.
 */
public final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	static final int MIN_SCORE = 3;

	/**
	 * The shortest local part of an e-mail address that is looked for in a password;
	 * shorter ones ("al") would refuse too many good passwords.
	 */
	private static final int MIN_LOCAL_PART = 3;

	private PasswordPolicy() {
	}

	/**
	 * Adds a problem on {@code field} when the password breaks the rule.
	 */
	public static void check(List<FieldProblem> problems, String field, @Nullable String password, String username,
			@Nullable String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			problems.add(new FieldProblem(field, UserText.of("identity.password.tooShort", MIN_LENGTH)));
		}
		else if (password.length() > MAX_LENGTH) {
			problems.add(new FieldProblem(field, UserText.of("identity.password.tooLong", MAX_LENGTH)));
		}
		else if (containsIgnoringCase(password, username)) {
			problems.add(new FieldProblem(field, UserText.of("identity.password.containsUsername")));
		}
		else if (containsEmail(password, email)) {
			problems.add(new FieldProblem(field, UserText.of("identity.password.containsEmail")));
		}
		else {
			Result estimate = Estimator.INSTANCE.estimate(password);
			if (estimate.getBasicScore() < MIN_SCORE) {
				problems.add(new FieldProblem(field, weakness(estimate.getFeedback().getWarningKey())));
			}
		}
	}

	/**
	 * The reason given for a weak password, from the estimator's warning.
	 */
	static UserText weakness(@Nullable String warningKey) {
		if (warningKey == null) {
			return UserText.of("identity.password.guessable");
		}
		if (warningKey.startsWith("feedback.dictionary.warning.passwords")) {
			return UserText.of("identity.password.common");
		}
		if (warningKey.startsWith("feedback.repeat.")) {
			return UserText.of("identity.password.guessable.repeats");
		}
		if (warningKey.startsWith("feedback.sequence.")) {
			return UserText.of("identity.password.guessable.sequence");
		}
		if (warningKey.startsWith("feedback.spatial.")) {
			return UserText.of("identity.password.guessable.keyboard");
		}
		if (warningKey.startsWith("feedback.year.") || warningKey.startsWith("feedback.date.")) {
			return UserText.of("identity.password.guessable.dates");
		}
		return UserText.of("identity.password.guessable");
	}

	private static boolean containsEmail(String password, @Nullable String email) {
		if (email == null || email.isBlank()) {
			return false;
		}
		String address = email.strip();
		int at = address.indexOf('@');
		String local = (at > 0) ? address.substring(0, at) : address;
		return containsIgnoringCase(password, address)
				|| (local.length() >= MIN_LOCAL_PART && containsIgnoringCase(password, local));
	}

	private static boolean containsIgnoringCase(String password, @Nullable String part) {
		return part != null && !part.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(part.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * The estimator, built when first needed: loading its dictionaries takes about a
	 * second. It keeps no state between estimates.
	 */
	private static final class Estimator {

		static final Nbvcxz INSTANCE = new Nbvcxz(
				new ConfigurationBuilder().setLocale(Locale.ENGLISH).createConfiguration());

	}

}
