package com.wbiisg.mapping.audit;

import java.util.List;

import com.wbiisg.mapping.audit.internal.AuditEntries;
import com.wbiisg.mapping.audit.internal.AuditEntry;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

/**
 * Searches the audit trail for the Secretariat's page and scripts: the entries that match
 * a filter, newest first, and the values each filter offers.
 */
@Service
public class AuditSearch {

	private final AuditEntries entries;

	AuditSearch(AuditEntries entries) {
		this.entries = entries;
	}

	public Page<AuditEntryView> search(AuditFilter filter, int page, int size) {
		return this.entries.search(filter, page, size).map(AuditSearch::view);
	}

	public List<String> actors() {
		return this.entries.actors();
	}

	/**
	 * What entries say was done: {@code CREATE}, {@code SIGN_IN}, {@code READ_DENIED}…
	 */
	public List<String> actions() {
		return this.entries.actions();
	}

	public List<String> recordTypes() {
		return this.entries.recordTypes();
	}

	private static AuditEntryView view(AuditEntry entry) {
		return new AuditEntryView(entry.getId(), entry.getOccurredAt(), entry.getActor(), entry.getAction(),
				entry.getRecordType(), entry.getRecordId(), entry.getChanges());
	}

}
