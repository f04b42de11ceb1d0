package com.wbiisg.mapping.needs.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.needs.CycleStatus;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.Cycles;
import com.wbiisg.mapping.needs.NeedAction;
import com.wbiisg.mapping.needs.NeedPageSection;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.ReferenceTag;
import com.wbiisg.mapping.needs.Timeframe;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;

/**
 * What the needs pages share: the partners and cycles to choose from, the framework codes
 * to filter by, the option lists of the need form, and who is signed in.
 */
@Component
class NeedPageSupport {

	private final Membership membership;

	private final Frameworks frameworks;

	private final Cycles cycles;

	private final ObjectProvider<NeedPageSection> sections;

	NeedPageSupport(Membership membership, Frameworks frameworks, Cycles cycles,
			ObjectProvider<NeedPageSection> sections) {
		this.membership = membership;
		this.frameworks = frameworks;
		this.cycles = cycles;
		this.sections = sections;
	}

	/**
	 * The sections other modules add to the page of the need, in their order.
	 */
	List<Section> sections(NeedView need) {
		return this.sections.orderedStream()
			.map((section) -> new Section(section.template(), section.data(need)))
			.toList();
	}

	/**
	 * A section of a need's page, ready to render.
	 */
	record Section(String template, Object data) {
	}

	List<CycleView> cycles() {
		return this.cycles.list();
	}

	CycleView cycle(long id) {
		return this.cycles.get(id);
	}

	/**
	 * The newest open cycle, else the newest cycle, if there is any.
	 */
	Optional<CycleView> defaultCycle() {
		List<CycleView> all = cycles();
		return all.stream()
			.filter((cycle) -> cycle.status() == CycleStatus.OPEN)
			.findFirst()
			.or(() -> all.stream().findFirst());
	}

	/**
	 * WB partner names by code, in the order of the partner list.
	 */
	Map<String, String> partnerNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.membership.partners().forEach((partner) -> names.put(partner.code(), partner.name()));
		return names;
	}

	Optional<Partner> partner(String code) {
		return this.membership.partner(code);
	}

	FrameworkTree tree(long frameworkId) {
		return this.frameworks.tree(frameworkId);
	}

	Map<Long, FrameworkSummary> frameworks() {
		Map<Long, FrameworkSummary> all = new LinkedHashMap<>();
		this.frameworks.versions(null).forEach((version) -> all.put(version.id(), version));
		return all;
	}

	/**
	 * The pillars and objectives of the frameworks that cycles run on, for filters.
	 */
	List<FrameworkTree.Node> codes(ItemLevel level) {
		Set<Long> frameworkIds = new LinkedHashSet<>();
		cycles().forEach((cycle) -> frameworkIds.add(cycle.frameworkId()));
		Map<String, FrameworkTree.Node> nodes = new LinkedHashMap<>();
		for (long frameworkId : frameworkIds) {
			tree(frameworkId).flatten()
				.stream()
				.filter((node) -> node.level() == level)
				.forEach((node) -> nodes.putIfAbsent(node.code(), node));
		}
		return new ArrayList<>(nodes.values());
	}

	/**
	 * The option lists of the filters and the need form.
	 */
	void addOptions(Model model) {
		model.addAttribute("statuses", NeedStatus.values());
		model.addAttribute("types", NeedType.values());
		model.addAttribute("perspectives", Perspective.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("timeframes", Timeframe.values());
		model.addAttribute("actions", NeedAction.values());
		model.addAttribute("referenceOptions", ReferenceTag.names());
		model.addAttribute("partnerNames", partnerNames());
	}

	static Optional<CurrentUser> user() {
		return CurrentUser.get();
	}

	static boolean isSecretariat() {
		return user().map((user) -> user.is(Role.SECRETARIAT)).orElse(false);
	}

	/**
	 * The partner a beneficiary focal point acts for, or null for everyone else.
	 */
	static @Nullable String ownPartner() {
		return user().filter((user) -> user.is(Role.BENEFICIARY_FOCAL_POINT))
			.map(CurrentUser::partnerCode)
			.orElse(null);
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value.trim() : null;
	}

	static @Nullable String upper(@Nullable String value) {
		String clean = blankToNull(value);
		return (clean == null) ? null : clean.toUpperCase(Locale.ROOT);
	}

}
