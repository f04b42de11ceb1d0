package com.wbiisg.mapping.needs.web;

import java.util.Arrays;
import java.util.Locale;

import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.needs.NeedManagement;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.NeedFilter;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of needs every member may search: by cycle, partner, pillar, status and words,
 * 50 a page, only the needs the user may see.
 */
@Controller
class NeedListPageController {

	static final String LIST = "needs/list";

	static final int PAGE_SIZE = 50;

	private final NeedPageSupport support;

	private final NeedManagement needs;

	NeedListPageController(NeedPageSupport support, NeedManagement needs) {
		this.support = support;
		this.needs = needs;
	}

	@GetMapping("/needs")
	@PreAuthorize(NeedPageController.MEMBERS)
	String list(@RequestParam(required = false) @Nullable Long cycle,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String pillar,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		NeedFilter filter = new NeedFilter(cycle, NeedPageSupport.upper(partner), NeedPageSupport.upper(pillar), null,
				null, status(status), NeedPageSupport.blankToNull(q));
		Page<NeedView> found = this.needs.search(filter, Math.max(page, 0), PAGE_SIZE);
		this.support.addOptions(model);
		model.addAttribute("filter", filter);
		model.addAttribute("needs", found);
		model.addAttribute("cycles", this.support.cycles());
		model.addAttribute("pillars", this.support.codes(ItemLevel.PILLAR));
		return LIST;
	}

	/**
	 * The status a filter names, or none when the text is empty or names no status.
	 */
	static @Nullable NeedStatus status(@Nullable String text) {
		String wanted = NeedPageSupport.blankToNull(text);
		return (wanted == null) ? null
				: Arrays.stream(NeedStatus.values())
					.filter((status) -> status.name().equals(wanted.toUpperCase(Locale.ROOT)))
					.findFirst()
					.orElse(null);
	}

}
