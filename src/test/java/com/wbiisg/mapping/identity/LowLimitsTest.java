package com.wbiisg.mapping.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real port behind a proxy that says who the client is
 * ({@code X-Forwarded-For}), with the rate limits and the limit of failures per address
 * low enough to reach in a test. The test classes with it share one context of their own;
 * the others run with limits too high to reach.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=framework", "iisg.security.sign-in.failures-per-address=8",
				"iisg.security.sign-in-attempts-per-minute=10", "iisg.security.api-requests-per-minute=5" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@interface LowLimitsTest {

}
