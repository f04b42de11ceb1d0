package com.wbiisg.mapping.responses.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.Initiative;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.responses.ProjectStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;

/**
 * What the project pages share: the organisations, partners, initiatives and pillars to
 * choose from or filter by, and who is signed in. Reads the registries once per page.
 */
@Component
class ProjectPageSupport {

	static final String MEMBERS = "hasAnyRole('SECRETARIAT','BOARD','BENEFICIARY_FOCAL_POINT','PARTNER_FOCAL_POINT')";

	/**
	 * Who enters projects at all; which project each may change is the services' rule.
	 */
	static final String EDITORS = "hasAnyRole('SECRETARIAT','PARTNER_FOCAL_POINT')";

	static final int PAGE_SIZE = 50;

	private final Membership membership;

	private final Frameworks frameworks;

	ProjectPageSupport(Membership membership, Frameworks frameworks) {
		this.membership = membership;
		this.frameworks = frameworks;
	}

	/**
	 * The option lists of the filters: partners, organisations, initiatives, pillars and
	 * statuses.
	 */
	void addFilterOptions(Model model) {
		model.addAttribute("partnerNames", partnerNames());
		model.addAttribute("organisations", organisations());
		model.addAttribute("initiatives", initiatives());
		model.addAttribute("pillars", pillars());
		model.addAttribute("statuses", ProjectStatus.values());
	}

	/**
	 * WB partner names by code, in the order of the registry (Kosovo* with its asterisk).
	 */
	Map<String, String> partnerNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.membership.partners().forEach((partner) -> names.put(partner.code(), partner.name()));
		return names;
	}

	/**
	 * Every organisation of the registry, by name.
	 */
	List<Organisation> organisations() {
		List<Organisation> all = new ArrayList<>(this.membership.organisations());
		all.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
		return all;
	}

	Optional<Organisation> organisation(long id) {
		return this.membership.organisation(id);
	}

	List<Initiative> initiatives() {
		return this.frameworks.initiatives();
	}

	/**
	 * The pillars of every framework version, once per code, in the order of the
	 * frameworks.
	 */
	List<FrameworkTree.Node> pillars() {
		Map<String, FrameworkTree.Node> pillars = new LinkedHashMap<>();
		for (FrameworkSummary version : this.frameworks.versions(null)) {
			this.frameworks.tree(version.id())
				.items()
				.stream()
				.filter((node) -> node.level() == ItemLevel.PILLAR)
				.forEach((node) -> pillars.putIfAbsent(node.code(), node));
		}
		return new ArrayList<>(pillars.values());
	}

	/**
	 * The objectives of every framework version, once per code, for the need search.
	 */
	List<FrameworkTree.Node> objectives() {
		Map<String, FrameworkTree.Node> objectives = new LinkedHashMap<>();
		for (FrameworkSummary version : this.frameworks.versions(null)) {
			this.frameworks.tree(version.id())
				.flatten()
				.stream()
				.filter((node) -> node.level() == ItemLevel.OBJECTIVE)
				.forEach((node) -> objectives.putIfAbsent(node.code(), node));
		}
		return new ArrayList<>(objectives.values());
	}

	static Optional<CurrentUser> user() {
		return CurrentUser.get();
	}

	static boolean isSecretariat() {
		return user().map((user) -> user.is(Role.SECRETARIAT)).orElse(false);
	}

	/**
	 * The organisation a partner focal point reports projects for, or null for everyone
	 * else.
	 */
	static @Nullable Long ownOrganisation() {
		return user().filter((user) -> user.is(Role.PARTNER_FOCAL_POINT)).map(CurrentUser::organisationId).orElse(null);
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value.trim() : null;
	}

	static @Nullable String upper(@Nullable String value) {
		String clean = blankToNull(value);
		return (clean == null) ? null : clean.toUpperCase(Locale.ROOT);
	}

	/**
	 * The status a filter names, or none when the text is empty or names no status.
	 */
	static @Nullable ProjectStatus status(@Nullable String text) {
		String wanted = upper(text);
		return (wanted == null) ? null
				: Arrays.stream(ProjectStatus.values())
					.filter((status) -> status.name().equals(wanted))
					.findFirst()
					.orElse(null);
	}

}
