package com.wbiisg.mapping.audit.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.wbiisg.mapping.audit.AuditFilter;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Storage and search of audit entries: append and read, nothing else.
 */
@Component
public class AuditEntries {

	private final AuditEntryRepository repository;

	private final AuditEntryBulkRepository bulk;

	AuditEntries(AuditEntryRepository repository, AuditEntryBulkRepository bulk) {
		this.repository = repository;
		this.bulk = bulk;
	}

	public void add(Instant at, String actor, String action, String recordType, String recordId, String changes) {
		this.repository.save(new AuditEntry(at, actor, action, recordType, recordId, changes));
	}

	/**
	 * Appends entries of one time, actor, action and record type in JDBC batches: each of
	 * {@code records} is a record id and its changes.
	 */
	public void addAll(Instant at, String actor, String action, String recordType, List<String[]> records) {
		this.bulk.insert(at, actor, action, recordType, records);
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> search(AuditFilter filter, int page, int size) {
		Specification<AuditEntry> spec = Specification.unrestricted();
		if (filter.user() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("actor"), filter.user()));
		}
		if (filter.action() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("action"), filter.action()));
		}
		if (filter.recordType() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("recordType"), filter.recordType()));
		}
		if (filter.from() != null) {
			Instant from = filter.from().atStartOfDay().toInstant(ZoneOffset.UTC);
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
		}
		if (filter.to() != null) {
			Instant to = filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
			spec = spec.and((root, query, cb) -> cb.lessThan(root.get("occurredAt"), to));
		}
		return this.repository.findAll(spec,
				PageRequest.of(page, size, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
	}

	@Transactional(readOnly = true)
	public List<String> recordTypes() {
		return this.repository.findRecordTypes();
	}

	/**
	 * What entries say was done: {@code CREATE}, {@code SIGN_IN}, {@code READ_DENIED}…
	 */
	@Transactional(readOnly = true)
	public List<String> actions() {
		return this.repository.findActions();
	}

	@Transactional(readOnly = true)
	public List<String> actors() {
		return this.repository.findActors();
	}

}
