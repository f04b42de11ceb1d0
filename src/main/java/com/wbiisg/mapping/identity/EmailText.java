package com.wbiisg.mapping.identity;

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
 * An e-mail address as {@link AccountData#EMAIL} describes it, once trimmed; blank text
 * passes. Bean Validation's {@code @Email} would accept addresses that this platform
 * never has (a domain without a dot).
 */
@Documented
@Constraint(validatedBy = EmailText.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface EmailText {

	String message() default "{identity.account.emailFormat}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Matches the trimmed text.
	 */
	class Check implements ConstraintValidator<EmailText, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || AccountData.EMAIL.matcher(value.trim()).matches();
		}

	}

}
