package com.wbiisg.mapping.responses;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.wbiisg.mapping.shared.validation.Problems;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A year a project may name, from {@link ProjectInput#FIRST_YEAR} to
 * {@link ProjectInput#LAST_YEAR}; none passes. Each use says what the year is in its own
 * words; the problem carries the two limits.
 */
@Documented
@Constraint(validatedBy = ProjectYear.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface ProjectYear {

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Compares the year with the limits.
	 */
	class Check implements ConstraintValidator<ProjectYear, Integer> {

		@Override
		public boolean isValid(@Nullable Integer year, ConstraintValidatorContext context) {
			if (year == null || ProjectInput.isYear(year)) {
				return true;
			}
			return Problems.withArguments(context, ProjectInput.FIRST_YEAR, ProjectInput.LAST_YEAR);
		}

	}

}
