package com.wbiisg.mapping.responses;

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
 * An IATI identifier as {@link ProjectInput#IATI_IDENTIFIER} describes it, once trimmed;
 * blank text passes.
 */
@Documented
@Constraint(validatedBy = IatiIdentifier.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface IatiIdentifier {

	String message() default "{responses.project.iatiIdentifierForm}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Matches the trimmed text.
	 */
	class Check implements ConstraintValidator<IatiIdentifier, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || ProjectInput.IATI_IDENTIFIER.matcher(value.trim()).matches();
		}

	}

}
