package com.wbiisg.mapping.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.wbiisg.mapping.shared.Inputs;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A text that names a constant of {@link #value()} as {@link Inputs#enumOf} reads it;
 * blank text passes. The problem carries the text and the names it may take.
 */
@Documented
@Constraint(validatedBy = EnumText.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface EnumText {

	Class<? extends Enum<?>> value();

	String message() default "{shared.field.unknownValue}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks that the text names a constant.
	 */
	class Check implements ConstraintValidator<EnumText, String> {

		private Class<? extends Enum<?>> type = NoConstant.class;

		@Override
		public void initialize(EnumText constraint) {
			this.type = constraint.value();
		}

		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank() || Inputs.enumOf((Class) this.type, value) != null) {
				return true;
			}
			return Problems.withArguments(context, Inputs.unknownValue(this.type, value).arguments().toArray());
		}

		private enum NoConstant {

		}

	}

}
