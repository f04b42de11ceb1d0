package com.wbiisg.mapping.meetings.internal;

import java.util.Map;
import java.util.Optional;

import com.wbiisg.mapping.identity.AccountSummary;
import com.wbiisg.mapping.meetings.MeetingView;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.membership.Partner;
import org.jspecify.annotations.Nullable;

/**
 * The organisations, partners and accounts a page or a feed names, read once for all of
 * it.
 */
public record Names(Map<Long, Organisation> organisations, Map<String, Partner> partners,
		Map<Long, AccountSummary> accounts) {

	Optional<MeetingView.OrganisationRef> organisation(@Nullable Long id) {
		return Optional.ofNullable((id == null) ? null : this.organisations.get(id))
			.map((o) -> new MeetingView.OrganisationRef(o.id(), o.name(), o.shortName()));
	}

	Optional<MeetingView.PersonRef> person(@Nullable Long id) {
		return Optional.ofNullable((id == null) ? null : this.accounts.get(id))
			.map((a) -> new MeetingView.PersonRef(a.id(), a.username(), a.displayName()));
	}

	public @Nullable String organisationName(@Nullable Long id) {
		return organisation(id).map(MeetingView.OrganisationRef::name).orElse(null);
	}

	public @Nullable String personName(@Nullable Long id) {
		return person(id).map(MeetingView.PersonRef::displayName).orElse(null);
	}

	@Nullable String partnerName(@Nullable String code) {
		Partner partner = (code == null) ? null : this.partners.get(code);
		return (partner == null) ? code : partner.name();
	}

}
