package com.wbiisg.mapping.framework;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A framework's cycle written as two years, the second not before the first, joined by a
 * dash or a slash ("2021-2022", "2021 – 2022", "2021/2022"). A cycle is required: blank
 * text fails with the same message.
 */
@Documented
@Constraint(validatedBy = CycleText.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface CycleText {

	String message() default "{framework.cycle.format}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Reads the two years.
	 */
	class Check implements ConstraintValidator<CycleText, String> {

		private static final Pattern CYCLE = Pattern.compile("(\\d{4})\\s*[-\u2013\u2014/]\\s*(\\d{4})");

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return normalised(value) != null;
		}

		/**
		 * The cycle as it is kept, the years joined by an en dash ("2021–2022"); null
		 * when the text is no cycle.
		 */
		static @Nullable String normalised(@Nullable String cycle) {
			Matcher matcher = CYCLE.matcher((cycle == null) ? "" : cycle.trim());
			if (!matcher.matches() || Integer.parseInt(matcher.group(2)) < Integer.parseInt(matcher.group(1))) {
				return null;
			}
			return matcher.group(1) + "\u2013" + matcher.group(2);
		}

	}

}
