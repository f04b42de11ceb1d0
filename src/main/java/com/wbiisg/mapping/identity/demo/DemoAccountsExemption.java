package com.wbiisg.mapping.identity.demo;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.wbiisg.mapping.identity.internal.SecondFactorExemption;
import com.wbiisg.mapping.shared.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Spares the demo accounts of {@code demo/identity.yml} the second factor in the demo
 * profile, where {@code iisg.security.mfa.demo-exempt} is on by default (its
 * {@code application-demo.properties}), so that the demo is tried with a password alone;
 * start-up says so with a warning. With the setting off they enrol like everyone else.
 */
@Component
@Profile("demo")
class DemoAccountsExemption implements SecondFactorExemption {

	private static final Logger log = LoggerFactory.getLogger(DemoAccountsExemption.class);

	private final Set<String> usernames;

	DemoAccountsExemption(DemoData demo, @Value("${iisg.security.mfa.demo-exempt:false}") boolean exempt) {
		this.usernames = demo.read("identity.yml", IdentityDemoFile.class)
			.accounts()
			.stream()
			.map((account) -> account.username().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
		if (exempt) {
			log.warn("The demo accounts ({}) sign in without a second factor: iisg.security.mfa.demo-exempt is on. "
					+ "Never use the demo profile with real data.", this.usernames.size());
		}
	}

	@Override
	public boolean exempts(String username) {
		return this.usernames.contains(username.toLowerCase(Locale.ROOT));
	}

}
