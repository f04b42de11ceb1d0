package com.wbiisg.mapping.shared;

import java.util.List;

/**
 * Input that breaks a rule of the domain: answers 422 on the API with every field error
 * listed, and shows the errors next to the fields on a page.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	private static String describe(List<FieldProblem> problems) {
		StringBuilder text = new StringBuilder("Invalid input: ");
		for (int i = 0; i < problems.size(); i++) {
			if (i > 0) {
				text.append("; ");
			}
			text.append(problems.get(i).field()).append(": ").append(problems.get(i).message());
		}
		return text.toString();
	}

	/**
	 * One field that is wrong, and why, in words a user understands.
	 */
	public record FieldProblem(String field, String message) {
	}

}
