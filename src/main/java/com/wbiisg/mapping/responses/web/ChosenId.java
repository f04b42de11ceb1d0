package com.wbiisg.mapping.responses.web;

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
 * The id of a record chosen from a list, as the form sends it: digits only, so that a
 * tampered value is named instead of breaking the binding; blank text passes.
 */
@Documented
@Constraint(validatedBy = ChosenId.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface ChosenId {

	String message() default "{responses.input.chooseFromList}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks that the text is an id.
	 */
	class Check implements ConstraintValidator<ChosenId, String> {

		static final Pattern ID = Pattern.compile("\\d{1,18}");

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || ID.matcher(value.trim()).matches();
		}

	}

}
