package com.wbiisg.mapping.notifications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

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
import com.wbiisg.mapping.responses.ProjectLinkedToNeed;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the people who act next on a need: a submitted need goes to its reviewers (the
 * focal points of the organisations that lead the working group of its pillar) and to the
 * Secretariat; a returned need, with the reason, to the focal points of its partner, and
 * so is a need that a project now addresses. Each recipient gets the need only as they
 * may see it: a restricted need is not told to anyone who may not read it. Whoever made
 * the change is not told of it. The messages are kept in the outbox before the change
 * commits.
 */
@Component
class NeedNotices {

	static final String SUBMITTED = "NEED_SUBMITTED";

	static final String RETURNED = "NEED_RETURNED";

	static final String ADDRESSED = "NEED_ADDRESSED";

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
			tell(SUBMITTED, event.needId(), event.by(), "status", reviewersOf(event.needId()),
					(need, partner) -> paragraphs(SUBMITTED, need, partner, event.by(), event.reason()));
		}
		else if (event.action() == NeedAction.RETURN) {
			tell(RETURNED, event.needId(), event.by(), "status", focalPointsOf(event.partner()),
					(need, partner) -> paragraphs(RETURNED, need, partner, event.by(), event.reason()));
		}
	}

	/**
	 * A project was linked to a need: its partner's focal points hear that the need is
	 * addressed, without the project's name, which their page of the need shows as far as
	 * they may see it.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ProjectLinkedToNeed event) {
		NeedView need = this.needs.findVisible(event.needId()).orElse(null);
		if (need != null) {
			String text = "notifications.need." + ADDRESSED + ".text";
			String coverage = "notifications.coverage." + event.coverage();
			tell(ADDRESSED, need.id(), null, "project-" + event.projectId(), focalPointsOf(need.partner()),
					(seen, partner) -> List
						.of(UserText.of(text, seen.title(), partner, seen.measureCode(), UserText.of(coverage))));
		}
	}

	/**
	 * Writes the notice to each recipient who may read the need, but to whoever made the
	 * change; the same notice to the same recipient is kept once.
	 */
	private void tell(String kind, long needId, @Nullable String by, String occasion, List<AccountSummary> recipients,
			BiFunction<NeedView, String, List<UserText>> text) {
		String key = "notifications.need." + kind;
		for (AccountSummary recipient : recipients) {
			if (recipient.username().equalsIgnoreCase(by)) {
				continue;
			}
			NeedView need = this.needs.findVisibleTo(recipient.asUser(), needId).orElse(null);
			if (need == null) {
				continue;
			}
			String partner = this.membership.partner(need.partner()).map(Partner::name).orElse(need.partner());
			String once = "need:" + need.id() + ":" + ("status".equals(occasion) ? "v" + need.version() : occasion)
					+ ":" + kind + ":" + recipient.id();
			this.addresses.of(recipient.id())
				.ifPresent((to) -> this.outbox.keep(this.writing.write(once, kind, to,
						UserText.of(key + ".subject", need.title()), text.apply(need, partner), "/needs/" + need.id(),
						UserText.of(key + ".why", need.pillar()))));
		}
	}

	private static List<UserText> paragraphs(String kind, NeedView need, String partner, String by,
			@Nullable String reason) {
		List<UserText> paragraphs = new ArrayList<>();
		String text = "notifications.need." + kind + ".text";
		paragraphs.add(UserText.of(text, need.title(), partner, need.measureCode(), by));
		if (reason != null && !reason.isBlank()) {
			paragraphs.add(UserText.of("notifications.need.reason", reason));
		}
		return paragraphs;
	}

	/**
	 * The Secretariat and the focal points of the organisations leading the working group
	 * of the need's pillar.
	 */
	private List<AccountSummary> reviewersOf(long needId) {
		NeedView need = this.needs.findVisible(needId).orElse(null);
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
