package com.wbiisg.mapping.needs.internal;

import java.time.Clock;
import java.time.Instant;

import com.wbiisg.mapping.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every use case of the needs module needs around it: who acts, the time, the audit
 * trail and the events.
 */
@Component
class NeedsSupport {

	private final Viewers viewers;

	private final Clock clock;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	NeedsSupport(Viewers viewers, Clock clock, AuditTrail audit, ApplicationEventPublisher events) {
		this.viewers = viewers;
		this.clock = clock;
		this.audit = audit;
		this.events = events;
	}

	Viewer viewer() {
		return this.viewers.current();
	}

	Instant now() {
		return this.clock.instant();
	}

	AuditTrail audit() {
		return this.audit;
	}

	void publish(Object event) {
		this.events.publishEvent(event);
	}

}
