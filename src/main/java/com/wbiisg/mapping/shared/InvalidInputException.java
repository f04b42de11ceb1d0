package com.wbiisg.mapping.shared;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Input that breaks a rule of the domain: answers 422 on the API with every field error
 * listed, and shows the errors next to the fields on a page.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(describe(problems, Locale.ENGLISH));
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public InvalidInputException(String field, UserText text) {
		this(List.of(new FieldProblem(field, text)));
	}

	/**
	 * Fails with the problems collected, if there are any.
	 */
	public static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	/**
	 * Every problem, in the reader's language.
	 */
	public String message(Locale locale) {
		return describe(this.problems, locale);
	}

	private static String describe(List<FieldProblem> problems, Locale locale) {
		return UserText
			.of("shared.invalidInput",
					problems.stream()
						.map((problem) -> problem.field() + ": " + problem.message(locale))
						.collect(Collectors.joining("; ")))
			.in(locale);
	}

	/**
	 * One field that is wrong, and why, in words a user understands: a text of the
	 * bundles ({@code text}), or for the checks not moved to the bundles yet the English
	 * words alone.
	 */
	public record FieldProblem(String field, String message, @Nullable UserText text) {

		public FieldProblem(String field, String message) {
			this(field, message, null);
		}

		public FieldProblem(String field, UserText text) {
			this(field, text.english(), text);
		}

		/**
		 * The problem in the reader's language.
		 */
		public String message(Locale locale) {
			return (this.text != null) ? this.text.in(locale) : this.message;
		}

		/**
		 * The same problem, of the field as another form or file names it.
		 */
		public FieldProblem at(String otherField) {
			return new FieldProblem(otherField, this.message, this.text);
		}

	}

}
