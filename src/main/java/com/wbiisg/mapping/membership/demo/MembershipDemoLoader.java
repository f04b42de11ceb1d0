package com.wbiisg.mapping.membership.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.membership.OrganisationRegistration;
import com.wbiisg.mapping.shared.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code demo/membership.yml} in the demo profile: registers the non-member
 * organisations that are missing, through {@link OrganisationRegistration} as the demo
 * Secretariat would, so running it again adds nothing. Runs after the membership seeder
 * and the demo accounts, and before the needs and the response mapping (order 45).
 */
@Component("membershipDemoData")
@Profile("demo")
@Order(45)
class MembershipDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MembershipDemoLoader.class);

	private final DemoData demo;

	private final Membership membership;

	private final OrganisationRegistration registration;

	MembershipDemoLoader(DemoData demo, Membership membership, OrganisationRegistration registration) {
		this.demo = demo;
		this.membership = membership;
		this.registration = registration;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		MembershipDemoFile file = this.demo.read("membership.yml", MembershipDemoFile.class);
		Set<String> known = this.membership.organisations()
			.stream()
			.map(Organisation::shortName)
			.collect(Collectors.toSet());
		List<MembershipDemoFile.NonMember> missing = file.nonMembers()
			.stream()
			.filter((wanted) -> !known.contains(wanted.shortName()))
			.toList();
		if (missing.isEmpty()) {
			return;
		}
		this.demo.as(file.registeredBy(), () -> {
			missing.forEach((wanted) -> this.registration.registerNonMember(wanted.name(), wanted.shortName(),
					wanted.type(), wanted.iatiIdentifier()));
			return missing.size();
		});
		log.info("Seeded {} non-member organisations for the demo projects", missing.size());
	}

}
