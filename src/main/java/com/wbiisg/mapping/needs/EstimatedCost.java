package com.wbiisg.mapping.needs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A need's estimated cost in EUR: not negative, below a trillion, at most two decimals as
 * written ("1.000" has three). A cost out of range is not also told about its decimals.
 */
@Documented
@Constraint(validatedBy = EstimatedCost.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface EstimatedCost {

	String message() default "{needs.need.costRange}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks the range, then the decimals.
	 */
	class Check implements ConstraintValidator<EstimatedCost, BigDecimal> {

		private static final BigDecimal MAX = new BigDecimal("1000000000000");

		private static final int MAX_DECIMALS = 2;

		@Override
		public boolean isValid(@Nullable BigDecimal cost, ConstraintValidatorContext context) {
			if (cost == null) {
				return true;
			}
			if (cost.signum() < 0 || cost.compareTo(MAX) >= 0) {
				return false;
			}
			if (cost.scale() > MAX_DECIMALS) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{needs.need.costDecimals}").addConstraintViolation();
				return false;
			}
			return true;
		}

	}

}
