package com.wbiisg.mapping.meetings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.ZoneId;

import com.wbiisg.mapping.shared.validation.Problems;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A time zone that {@link ZoneId#of} knows once trimmed ("Europe/Skopje", "UTC"); blank
 * text passes. The problem carries the trimmed text.
 */
@Documented
@Constraint(validatedBy = TimeZoneText.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface TimeZoneText {

	String message() default "{meetings.meeting.unknownTimeZone}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Looks the time zone up.
	 */
	class Check implements ConstraintValidator<TimeZoneText, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			try {
				ZoneId.of(value.trim());
				return true;
			}
			catch (DateTimeException ex) {
				return Problems.withArguments(context, value.trim());
			}
		}

	}

}
