package com.wbiisg.mapping.meetings.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.Initiative;
import com.wbiisg.mapping.identity.AccountDirectory;
import com.wbiisg.mapping.identity.AccountSummary;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.meetings.MeetingFormat;
import com.wbiisg.mapping.meetings.MeetingKind;
import com.wbiisg.mapping.meetings.MeetingStatus;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the meetings pages share: the option lists of the forms and filters, and who is
 * signed in.
 */
@Component
class MeetingPageSupport {

	static final String MEMBERS = "hasAnyRole('SECRETARIAT','BOARD','BENEFICIARY_FOCAL_POINT','PARTNER_FOCAL_POINT')";

	static final String SECRETARIAT = "hasRole('SECRETARIAT')";

	/**
	 * The time zones offered on the meeting form: those of the WB partners' capitals, of
	 * the members that host meetings, and UTC. Any IANA zone name is accepted by the API.
	 */
	static final List<String> TIME_ZONES = List.of("Europe/Tirane", "Europe/Sarajevo", "Europe/Belgrade",
			"Europe/Podgorica", "Europe/Skopje", "Europe/Brussels", "Europe/Vienna", "Europe/Ljubljana", "Europe/Rome",
			"Europe/Berlin", "Europe/Paris", "Europe/London", "UTC");

	private final Membership membership;

	private final Frameworks frameworks;

	private final AccountDirectory accounts;

	MeetingPageSupport(Membership membership, Frameworks frameworks, AccountDirectory accounts) {
		this.membership = membership;
		this.frameworks = frameworks;
		this.accounts = accounts;
	}

	/**
	 * The options of the calendar's filters.
	 */
	void addFilterOptions(Model model) {
		model.addAttribute("initiatives", initiatives());
		model.addAttribute("kinds", MeetingKind.values());
	}

	/**
	 * The options of the meeting form.
	 */
	void addFormOptions(Model model) {
		addFilterOptions(model);
		model.addAttribute("formats", MeetingFormat.values());
		model.addAttribute("statuses", MeetingStatus.values());
		model.addAttribute("timeZones", TIME_ZONES);
		model.addAttribute("partnerNames", partnerNames());
		model.addAttribute("organisations", organisations());
		model.addAttribute("people", people());
	}

	List<Initiative> initiatives() {
		return this.frameworks.initiatives();
	}

	Map<String, String> partnerNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.membership.partners().forEach((partner) -> names.put(partner.code(), partner.name()));
		return names;
	}

	List<Organisation> organisations() {
		List<Organisation> all = new ArrayList<>(this.membership.organisations());
		all.sort(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER));
		return all;
	}

	List<AccountSummary> people() {
		return this.accounts.enabledAccounts();
	}

	/**
	 * The accounts that may own action items: every enabled account but observers.
	 */
	List<AccountSummary> owners() {
		return people().stream().filter((account) -> account.role() != Role.OBSERVER).toList();
	}

	static boolean isSecretariat() {
		return CurrentUser.get().map((user) -> user.is(Role.SECRETARIAT)).orElse(false);
	}

	static boolean isMember() {
		return CurrentUser.get().map((user) -> !user.is(Role.OBSERVER)).orElse(false);
	}

}
