package com.wbiisg.mapping.shared.validation;

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
 * A text of at most {@link #value()} characters once trimmed; blank text is absent and
 * passes (unlike {@code @Size}, which counts the spaces a user typed around it). The
 * problem carries the limit.
 */
@Documented
@Constraint(validatedBy = MaxLength.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxLength {

	int value();

	String message() default "{shared.field.tooLong}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks a text's trimmed length.
	 */
	class Check implements ConstraintValidator<MaxLength, CharSequence> {

		private int max;

		@Override
		public void initialize(MaxLength constraint) {
			this.max = constraint.value();
		}

		@Override
		public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
			if (value == null || value.toString().isBlank() || value.toString().trim().length() <= this.max) {
				return true;
			}
			return Problems.withArguments(context, this.max);
		}

	}

}
