package com.wbiisg.mapping.meetings.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.identity.AccountDirectory;
import com.wbiisg.mapping.identity.AccountSummary;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.shared.UserText;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every use case of the meetings module needs around it: who acts, the time, the
 * names of organisations and people and the audit trail.
 */
@Component
public class MeetingsSupport {

	private final Clock clock;

	private final Membership membership;

	private final AccountDirectory accounts;

	private final AuditTrail audit;

	MeetingsSupport(Clock clock, Membership membership, AccountDirectory accounts, AuditTrail audit) {
		this.clock = clock;
		this.membership = membership;
		this.accounts = accounts;
		this.audit = audit;
	}

	public MeetingViewer viewer() {
		return new MeetingViewer(CurrentUser.get()
			.orElseThrow(() -> new AccessDeniedException(UserText.of("meetings.signInForCalendar").english())));
	}

	public Optional<CurrentUser> user() {
		return CurrentUser.get();
	}

	public String actor() {
		return user().map(CurrentUser::username).orElse("system");
	}

	public Instant now() {
		return this.clock.instant();
	}

	/**
	 * Today in UTC, against which due dates and countdowns are counted.
	 */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	public Membership membership() {
		return this.membership;
	}

	public AccountDirectory accounts() {
		return this.accounts;
	}

	public Names names() {
		Map<Long, Organisation> organisations = new HashMap<>();
		this.membership.organisations().forEach((organisation) -> organisations.put(organisation.id(), organisation));
		Map<String, Partner> partners = new LinkedHashMap<>();
		this.membership.partners().forEach((partner) -> partners.put(partner.code(), partner));
		Map<Long, AccountSummary> people = new HashMap<>();
		this.accounts.enabledAccounts().forEach((account) -> people.put(account.id(), account));
		return new Names(organisations, partners, people);
	}

	public List<Organisation> organisations() {
		return this.membership.organisations();
	}

	public AuditTrail audit() {
		return this.audit;
	}

}
