package com.wbiisg.mapping.membership.demo;

import java.util.List;

import com.wbiisg.mapping.membership.IatiOrganisationType;
import org.jspecify.annotations.Nullable;

/**
 * The demo data file {@code demo/membership.yml}: the organisations that are not IISG
 * members but fund or implement the demo projects, and who registers them.
 */
record MembershipDemoFile(String registeredBy, List<NonMember> nonMembers) {

	record NonMember(String name, String shortName, @Nullable IatiOrganisationType type,
			@Nullable String iatiIdentifier) {
	}

}
