package com.wbiisg.mapping.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The order in which {@link RecordValidation} lists the problems of a record's components
 * where it is not the order they are declared in: the components named here first, in
 * this order, then the others as declared. It keeps the order users have always seen the
 * problems in, where a record's components were declared in another order than its fields
 * were checked.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CheckOrder {

	String[] value();

}
