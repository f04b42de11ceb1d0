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
 * An amount of a project's money: not negative, under a trillion, at most two decimals
 * once trailing zeros are left out ("1.500" has two). Each is told in its own words, the
 * first that fails only.
 */
@Documented
@Constraint(validatedBy = MoneyAmount.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface MoneyAmount {

	String message() default "{responses.money.negative}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks the sign, the size, then the decimals.
	 */
	class Check implements ConstraintValidator<MoneyAmount, BigDecimal> {

		private static final BigDecimal MAX = new BigDecimal("1000000000000");

		private static final int MAX_DECIMALS = 2;

		@Override
		public boolean isValid(@Nullable BigDecimal amount, ConstraintValidatorContext context) {
			if (amount == null) {
				return true;
			}
			if (amount.signum() < 0) {
				return false;
			}
			if (amount.compareTo(MAX) >= 0) {
				return fail(context, "{responses.money.tooLarge}");
			}
			if (amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
				return fail(context, "{responses.money.decimals}");
			}
			return true;
		}

		private static boolean fail(ConstraintValidatorContext context, String message) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
			return false;
		}

	}

}
