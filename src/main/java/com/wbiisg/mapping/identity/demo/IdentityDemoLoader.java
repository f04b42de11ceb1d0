package com.wbiisg.mapping.identity.demo;

import java.security.SecureRandom;

import com.wbiisg.mapping.identity.internal.AccountSeeding;
import com.wbiisg.mapping.shared.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo accounts of {@code demo/identity.yml} (DESIGN.md §6) in the demo
 * profile, before the other demo data, which is entered in their names (order 30). Their
 * password is {@code iisg.demo.password}; when it is unset, one is generated and printed
 * at start-up.
 */
@Component("demoAccounts")
@Profile("demo")
@Order(30)
class IdentityDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IdentityDemoLoader.class);

	private final DemoData demo;

	private final AccountSeeding seeding;

	private final DemoProperties properties;

	IdentityDemoLoader(DemoData demo, AccountSeeding seeding, DemoProperties properties) {
		this.demo = demo;
		this.seeding = seeding;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean generated = !this.properties.hasPassword();
		String password = generated ? generate() : this.properties.password();
		this.seeding.seed(this.demo.read("identity.yml", IdentityDemoFile.class).accounts(), password);
		if (generated) {
			log.warn("""

					==================================================================
					 Demo accounts (secretariat, board, al.focal … rs.focal, si.focal,
					 at.focal, it.focal, uk.focal, osce.focal, giz.focal)
					 password for this run: {}
					 Set --iisg.demo.password=… (or IISG_DEMO_PASSWORD) to choose one.
					==================================================================""", password);
		}
	}

	private static String generate() {
		String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}

}
