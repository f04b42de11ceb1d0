package com.wbiisg.mapping.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.wbiisg.mapping.audit.AuditEntryView;
import com.wbiisg.mapping.audit.AuditFilter;
import com.wbiisg.mapping.audit.AuditSearch;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for scripts of the Secretariat.
 */
@RestController
@PreAuthorize("hasRole('SECRETARIAT')")
class AuditApiController {

	private final AuditSearch entries;

	AuditApiController(AuditSearch entries) {
		this.entries = entries;
	}

	@GetMapping("/api/v1/audit")
	AuditPage list(@RequestParam(required = false) @Nullable String user,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String recordType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		AuditFilter filter = new AuditFilter(AuditPageController.blankToNull(user),
				AuditPageController.blankToNull(action), AuditPageController.blankToNull(recordType), from, to);
		Page<AuditEntryView> result = this.entries.search(filter, Math.max(page, 0), Math.min(Math.max(size, 1), 500));
		return new AuditPage(result.getContent().stream().map(AuditEntryJson::of).toList(), result.getTotalElements());
	}

	record AuditPage(List<AuditEntryJson> items, long total) {
	}

	record AuditEntryJson(long id, Instant at, String by, String action, String recordType, String recordId,
			String changes) {

		static AuditEntryJson of(AuditEntryView entry) {
			return new AuditEntryJson(entry.id(), entry.occurredAt(), entry.actor(), entry.action(), entry.recordType(),
					entry.recordId(), entry.changes());
		}

	}

}
