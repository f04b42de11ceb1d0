package com.wbiisg.mapping.responses.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * Whole numbers as typed, such as years: one, or with {@link #separated()} several
 * separated by commas, semicolons or spaces; blank text passes.
 */
@Documented
@Constraint(validatedBy = WholeNumbers.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface WholeNumbers {

	/**
	 * The separators between the numbers.
	 */
	String SEPARATORS = "[,;\\s]+";

	boolean separated() default false;

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks that every number reads.
	 */
	class Check implements ConstraintValidator<WholeNumbers, String> {

		private boolean separated;

		@Override
		public void initialize(WholeNumbers constraint) {
			this.separated = constraint.separated();
		}

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			for (String part : this.separated ? value.split(SEPARATORS) : new String[] { value }) {
				if (!part.isBlank() && !isNumber(part.trim())) {
					return false;
				}
			}
			return true;
		}

		private static boolean isNumber(String text) {
			try {
				Integer.valueOf(text);
				return true;
			}
			catch (NumberFormatException ex) {
				return false;
			}
		}

	}

}
