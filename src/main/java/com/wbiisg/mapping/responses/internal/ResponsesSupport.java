package com.wbiisg.mapping.responses.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;

import com.wbiisg.mapping.responses.ProjectFilter;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every use case of the responses module needs around it: who acts, the time,
 * organisation names, the audit trail and the events.
 */
@Component
class ResponsesSupport {

	private final Clock clock;

	private final Membership membership;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	ResponsesSupport(Clock clock, Membership membership, AuditTrail audit, ApplicationEventPublisher events) {
		this.clock = clock;
		this.membership = membership;
		this.audit = audit;
		this.events = events;
	}

	ProjectViewer viewer() {
		CurrentUser user = CurrentUser.get()
			.orElseThrow(() -> new AccessDeniedException(UserText.of("responses.signInFirst").english()));
		return new ProjectViewer(user.username(), user.role(), user.organisationId(), user.partnerCode());
	}

	Instant now() {
		return this.clock.instant();
	}

	Membership membership() {
		return this.membership;
	}

	/**
	 * Names of all organisations, read once for a whole list.
	 */
	LongFunction<OrganisationName> names() {
		Map<Long, OrganisationName> names = new HashMap<>();
		for (Organisation organisation : this.membership.organisations()) {
			names.put(organisation.id(), new OrganisationName(organisation.name(), organisation.shortName()));
		}
		return OrganisationName.from(names);
	}

	/**
	 * The organisations a list filter names, by id or short name, as ids.
	 */
	ProjectSpecifications.Resolved resolve(ProjectFilter filter) {
		return new ProjectSpecifications.Resolved(organisationId(filter.funder()),
				organisationId(filter.implementer()));
	}

	private @Nullable Long organisationId(@Nullable String named) {
		if (named == null || named.isBlank()) {
			return null;
		}
		String key = named.trim();
		return this.membership.organisations()
			.stream()
			.filter((organisation) -> String.valueOf(organisation.id()).equals(key)
					|| organisation.shortName().equalsIgnoreCase(key))
			.map(Organisation::id)
			.findFirst()
			.orElse(null);
	}

	AuditTrail audit() {
		return this.audit;
	}

	void publish(Object event) {
		this.events.publishEvent(event);
	}

}
