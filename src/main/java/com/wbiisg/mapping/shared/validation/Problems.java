package com.wbiisg.mapping.shared.validation;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * How a constraint hands the arguments of its message to {@link RecordValidation}: as the
 * violation's dynamic payload, so that the message is put into words in the reader's
 * language where it is shown, not in English while validating. The constraints of the
 * modules use it too.
 */
public final class Problems {

	private Problems() {
	}

	/**
	 * Fails the check, the message's placeholders to be filled with {@code arguments}.
	 */
	public static boolean withArguments(ConstraintValidatorContext context, Object... arguments) {
		context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(arguments);
		return false;
	}

}
