package com.wbiisg.mapping.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Two dates of a record in order: {@link #end()} not before {@link #start()} where both
 * are given. The problem is the end's.
 */
@Documented
@Constraint(validatedBy = Chronological.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Chronological.List.class)
public @interface Chronological {

	/**
	 * The record component of the first date.
	 */
	String start();

	/**
	 * The record component of the date that may not come before it.
	 */
	String end();

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Several pairs of dates of one record.
	 */
	@Documented
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface List {

		Chronological[] value();

	}

	/**
	 * Reads the two dates of the record and compares them.
	 */
	class Check implements ConstraintValidator<Chronological, Record> {

		private String start = "";

		private String end = "";

		@Override
		public void initialize(Chronological constraint) {
			this.start = constraint.start();
			this.end = constraint.end();
		}

		@Override
		public boolean isValid(Record value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			LocalDate from = date(value, this.start);
			LocalDate to = date(value, this.end);
			if (from == null || to == null || !to.isBefore(from)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode(this.end)
				.addConstraintViolation();
			return false;
		}

		private static LocalDate date(Record value, String name) {
			Method accessor = ACCESSORS.get(value.getClass()).get(name);
			if (accessor == null) {
				throw new IllegalStateException(value.getClass() + " has no component " + name);
			}
			try {
				return (LocalDate) accessor.invoke(value);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot read " + name + " of " + value.getClass(), ex);
			}
		}

		/**
		 * The accessors of a record's components, looked up once per class: a lookup per
		 * check made the check of an import's rows several times slower.
		 */
		private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
			@Override
			protected Map<String, Method> computeValue(Class<?> type) {
				Map<String, Method> accessors = new HashMap<>();
				for (RecordComponent component : type.getRecordComponents()) {
					Method accessor = component.getAccessor();
					accessor.setAccessible(true);
					accessors.put(component.getName(), accessor);
				}
				return accessors;
			}
		};

	}

}
