package com.wbiisg.mapping.membership.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.wbiisg.mapping.membership.IatiOrganisationType;
import com.wbiisg.mapping.shared.validation.Problems;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * An IATI organisation type as {@link MembershipInput#type(String)} reads it: its name in
 * any case or its IATI code ("10"); blank text passes. The problem carries the text and
 * the names it may take.
 */
@Documented
@Constraint(validatedBy = IatiTypeText.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface IatiTypeText {

	String message() default "{membership.organisation.unknownType}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks that the text names a type.
	 */
	class Check implements ConstraintValidator<IatiTypeText, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank() || MembershipInput.type(value) != null) {
				return true;
			}
			return Problems.withArguments(context, value.trim(),
					Arrays.stream(IatiOrganisationType.values()).map(Enum::name).collect(Collectors.joining(", ")));
		}

	}

}
