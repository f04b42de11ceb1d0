package com.wbiisg.mapping.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.format.DateTimeParseException;

import com.wbiisg.mapping.shared.Inputs;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A text that {@link Inputs#date} reads as an ISO date; blank text passes.
 */
@Documented
@Constraint(validatedBy = DateText.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface DateText {

	String message() default "{shared.field.date}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks that the text reads as a date.
	 */
	class Check implements ConstraintValidator<DateText, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			try {
				Inputs.date(value);
				return true;
			}
			catch (DateTimeParseException ex) {
				return false;
			}
		}

	}

}
