package com.wbiisg.mapping.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.wbiisg.mapping.shared.Inputs;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A text that {@link Inputs#amount} reads as an amount ("250,000.50"); blank text passes.
 */
@Documented
@Constraint(validatedBy = AmountText.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface AmountText {

	String message() default "{shared.field.amount}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks that the text reads as an amount.
	 */
	class Check implements ConstraintValidator<AmountText, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			try {
				Inputs.amount(value);
				return true;
			}
			catch (NumberFormatException ex) {
				return false;
			}
		}

	}

}
