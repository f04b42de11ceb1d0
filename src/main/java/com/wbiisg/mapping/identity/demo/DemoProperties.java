package com.wbiisg.mapping.identity.demo;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the demo profile: {@code iisg.demo.password} (or
 * {@code IISG_DEMO_PASSWORD}) is the password of every demo account; when it is unset,
 * one is generated at each start.
 */
@ConfigurationProperties("iisg.demo")
record DemoProperties(@Nullable String password) {

	boolean hasPassword() {
		return this.password != null && !this.password.isBlank();
	}

}
