package com.wbiisg.mapping.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A text of one to {@link #max()} digits once trimmed, such as the id of a record chosen
 * from a list (so that a tampered value is named instead of breaking the binding) or a
 * small number; blank text passes. Each use says what to do in its own words.
 */
@Documented
@Constraint(validatedBy = DigitsText.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface DigitsText {

	/**
	 * The digits of an id, which a {@code long} holds.
	 */
	int ID = 18;

	int max() default ID;

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks that the trimmed text is digits.
	 */
	class Check implements ConstraintValidator<DigitsText, String> {

		private Pattern digits = Pattern.compile("\\d{1," + ID + "}");

		@Override
		public void initialize(DigitsText constraint) {
			this.digits = Pattern.compile("\\d{1," + constraint.max() + "}");
		}

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || this.digits.matcher(value.trim()).matches();
		}

	}

}
