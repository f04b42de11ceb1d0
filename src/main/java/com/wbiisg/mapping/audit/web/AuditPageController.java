package com.wbiisg.mapping.audit.web;

import java.time.LocalDate;

import com.wbiisg.mapping.audit.AuditEntryView;
import com.wbiisg.mapping.audit.AuditFilter;
import com.wbiisg.mapping.audit.AuditSearch;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail page for the Secretariat, filtered by user, what was done (such as
 * {@code READ_DENIED}), record type and date.
 */
@Controller
@PreAuthorize("hasRole('SECRETARIAT')")
class AuditPageController {

	static final String VIEW = "audit/trail";

	private static final int PAGE_SIZE = 50;

	private final AuditSearch entries;

	AuditPageController(AuditSearch entries) {
		this.entries = entries;
	}

	@GetMapping("/audit")
	String trail(@RequestParam(required = false) @Nullable String user,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String recordType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditFilter filter = new AuditFilter(blankToNull(user), blankToNull(action), blankToNull(recordType), from, to);
		Page<AuditEntryView> result = this.entries.search(filter, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("entries", result);
		model.addAttribute("users", this.entries.actors());
		model.addAttribute("actions", this.entries.actions());
		model.addAttribute("recordTypes", this.entries.recordTypes());
		return VIEW;
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value.trim() : null;
	}

}
