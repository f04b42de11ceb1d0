package com.wbiisg.mapping.audit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application on a clock that tests move forward; the test classes that import it
 * share one context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovableTimeConfiguration {

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock();
	}

}
