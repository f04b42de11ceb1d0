package com.wbiisg.mapping.notifications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.wbiisg.mapping.identity.AccountDirectory;
import com.wbiisg.mapping.identity.AccountSummary;
import com.wbiisg.mapping.identity.MailAddresses;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.needs.NeedAction;
import com.wbiisg.mapping.needs.NeedStatusChanged;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Needs;
import com.wbiisg.mapping.shared.UserText;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the people who act next on a need: a submitted need goes to its reviewers (the
 * focal points of the organisations that lead the working group of its pillar) and to the
 * Secretariat; a returned need, with the reason, to the focal points of its partner. Each
 * recipient gets the need only as they may see it: a restricted need is not told to
 * anyone who may not read it. Whoever made the change is not told of it. The messages are
 * kept in the outbox before the change commits.
 */
@Component
class NeedNotices {

	static final String SUBMITTED = "NEED_SUBMITTED";

	static final String RETURNED = "NEED_RETURNED";

	private final Needs needs;

	private final AccountDirectory accounts;

	private final Membership membership;

	private final MailAddresses addresses;

	private final MailWriting writing;

	private final Outbox outbox;

	NeedNotices(Needs needs, AccountDirectory accounts, Membership membership, MailAddresses addresses,
			MailWriting writing, Outbox outbox) {
		this.needs = needs;
		this.accounts = accounts;
		this.membership = membership;
		this.addresses = addresses;
		this.writing = writing;
		this.outbox = outbox;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(NeedStatusChanged event) {
		if (event.action() == NeedAction.SUBMIT) {
			tell(event, SUBMITTED, reviewersOf(event));
		}
		else if (event.action() == NeedAction.RETURN) {
			tell(event, RETURNED, focalPointsOf(event.partner()));
		}
	}

	private void tell(NeedStatusChanged event, String kind, List<AccountSummary> recipients) {
		String partner = this.membership.partner(event.partner()).map(Partner::name).orElse(event.partner());
		String key = "notifications.need." + kind;
		for (AccountSummary recipient : recipients) {
			if (recipient.username().equalsIgnoreCase(event.by())) {
				continue;
			}
			NeedView need = this.needs.findVisibleTo(recipient.asUser(), event.needId()).orElse(null);
			if (need == null) {
				continue;
			}
			this.addresses.of(recipient.id()).ifPresent((to) -> {
				List<UserText> paragraphs = new ArrayList<>();
				paragraphs.add(UserText.of(key + ".text", need.title(), partner, need.measureCode(), event.by()));
				if (event.reason() != null && !event.reason().isBlank()) {
					paragraphs.add(UserText.of("notifications.need.reason", event.reason()));
				}
				this.outbox.keep(this.writing.write(
						"need:" + need.id() + ":" + need.version() + ":" + kind + ":" + recipient.id(), kind, to,
						UserText.of(key + ".subject", need.title()), paragraphs, "/needs/" + need.id(),
						UserText.of(key + ".why", need.pillar())));
			});
		}
	}

	/**
	 * The Secretariat and the focal points of the organisations leading the working group
	 * of the need's pillar.
	 */
	private List<AccountSummary> reviewersOf(NeedStatusChanged event) {
		NeedView need = this.needs.findVisible(event.needId()).orElse(null);
		if (need == null) {
			return List.of();
		}
		return this.accounts.enabledAccounts()
			.stream()
			.filter((account) -> account.role() == Role.SECRETARIAT
					|| (account.role() == Role.PARTNER_FOCAL_POINT && account.organisationId() != null
							&& this.membership.leads(Objects.requireNonNull(account.organisationId()),
									need.initiative(), need.pillar())))
			.toList();
	}

	private List<AccountSummary> focalPointsOf(String partner) {
		return this.accounts.enabledAccounts()
			.stream()
			.filter((account) -> account.role() == Role.BENEFICIARY_FOCAL_POINT
					&& partner.equals(account.partnerCode()))
			.toList();
	}

}
