package com.wbiisg.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The settings of an {@code @ApplicationModuleTest}: the test database, and a context of
 * its own with a small pool that is closed after the class, so that the contexts the
 * suite keeps open do not exhaust PostgreSQL's connections.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ActiveProfiles("test")
@DirtiesContext
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=5")
public @interface ModuleTestSettings {

}
