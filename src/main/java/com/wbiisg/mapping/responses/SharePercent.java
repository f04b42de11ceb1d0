package com.wbiisg.mapping.responses;

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
 * The share of a project's budget that goes to a need, in percent: above 0 and at most
 * 100, then at most two decimals once trailing zeros are left out; none passes. A share
 * out of range is not also told about its decimals.
 */
@Documented
@Constraint(validatedBy = SharePercent.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface SharePercent {

	String message() default "{responses.linking.shareRange}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks the range, then the decimals.
	 */
	class Check implements ConstraintValidator<SharePercent, BigDecimal> {

		private static final BigDecimal HUNDRED = new BigDecimal("100");

		private static final int MAX_DECIMALS = 2;

		@Override
		public boolean isValid(@Nullable BigDecimal share, ConstraintValidatorContext context) {
			if (share == null) {
				return true;
			}
			if (share.signum() <= 0 || share.compareTo(HUNDRED) > 0) {
				return false;
			}
			if (share.stripTrailingZeros().scale() > MAX_DECIMALS) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{responses.linking.shareDecimals}")
					.addConstraintViolation();
				return false;
			}
			return true;
		}

	}

}
