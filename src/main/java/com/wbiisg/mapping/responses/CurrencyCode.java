package com.wbiisg.mapping.responses;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.wbiisg.mapping.shared.validation.Problems;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * An ISO 4217 currency code in any case, once trimmed; blank text passes. The problem
 * carries the trimmed text.
 */
@Documented
@Constraint(validatedBy = CurrencyCode.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface CurrencyCode {

	String message() default "{responses.money.currencyUnknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Looks the code up.
	 */
	class Check implements ConstraintValidator<CurrencyCode, String> {

		/**
		 * The ISO 4217 codes, gathered once: the JDK builds a new set at each call of
		 * {@link Currency#getAvailableCurrencies()}, which was two thirds of the checks
		 * of an imported project.
		 */
		private static final Set<String> CODES = Currency.getAvailableCurrencies()
			.stream()
			.map(Currency::getCurrencyCode)
			.collect(Collectors.toUnmodifiableSet());

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank() || CODES.contains(value.trim().toUpperCase(Locale.ROOT))) {
				return true;
			}
			return Problems.withArguments(context, value.trim());
		}

	}

}
