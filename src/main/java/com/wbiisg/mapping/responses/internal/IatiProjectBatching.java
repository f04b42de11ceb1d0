package com.wbiisg.mapping.responses.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.responses.IatiProjectBatches;
import com.wbiisg.mapping.responses.IatiProjectRecord;
import com.wbiisg.mapping.responses.IatiProjects.Outcome;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.responses.ProjectsImported;
import com.wbiisg.mapping.shared.DatabaseRepository;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The batches of an IATI import: what a batch needs read in a few queries
 * ({@link IatiBatchReading}); new projects inserted in bulk
 * ({@link ProjectBulkRepository}), changed ones edited as entities and flushed together;
 * the audit entries and one event per batch, published here rather than by the projects,
 * since it is about the batch and most of its projects are inserted in bulk, never saved
 * as entities; then the persistence context cleared, so that no batch pays for the ones
 * before it, and the fingerprint of each record written or found unchanged recorded, so
 * that a re-import of the same file reads no project whole.
 */
@Service
@Transactional
class IatiProjectBatching implements IatiProjectBatches {

	private final IatiBatchReading reading;

	private final ProjectBulkRepository bulk;

	private final ResponsesSupport support;

	private final ProjectSessionRepository session;

	private final IatiFingerprintRepository fingerprints;

	private final DatabaseRepository database;

	IatiProjectBatching(IatiBatchReading reading, ProjectBulkRepository bulk, ResponsesSupport support,
			ProjectSessionRepository session, IatiFingerprintRepository fingerprints, DatabaseRepository database) {
		this.reading = reading;
		this.bulk = bulk;
		this.support = support;
		this.session = session;
		this.fingerprints = fingerprints;
		this.database = database;
	}

	@Override
	@Transactional(readOnly = true)
	public Found lookUp(Collection<String> iatiIdentifiers) {
		return this.database.plannedForValues(() -> this.reading.lookUp(iatiIdentifiers));
	}

	@Override
	@Transactional(readOnly = true)
	public FileReading read() {
		return this.reading.file();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Result> check(FileReading file, Found found, List<IatiProjectRecord> records) {
		Map<IatiProjectRecord, String> fingerprints = fingerprints(records);
		IatiBatch batch = this.database.plannedForValues(
				() -> this.reading.batch((IatiFileReading) file, (IatiFound) found, records, fingerprints));
		List<Result> results = new ArrayList<>(records.size());
		for (IatiProjectRecord record : records) {
			results.add(batch.check(record, fingerprints.get(record)).result());
		}
		this.session.flushAndForget();
		return results;
	}

	@Override
	public List<Result> upsert(FileReading file, Found found, List<IatiProjectRecord> records) {
		Map<IatiProjectRecord, String> fingerprints = fingerprints(records);
		IatiBatch batch = this.database.plannedForValues(
				() -> this.reading.batch((IatiFileReading) file, (IatiFound) found, records, fingerprints));
		List<IatiBatch.Checked> checked = new ArrayList<>(records.size());
		List<ProjectBulkRepository.NewProject> created = new ArrayList<>();
		List<AuditTrail.RecordChange> createdChanges = new ArrayList<>();
		List<AuditTrail.RecordChange> updatedChanges = new ArrayList<>();
		Map<Long, IatiProjectRecord> changedExtras = new HashMap<>();
		Map<Long, String> recorded = new HashMap<>();
		List<Long> updated = new ArrayList<>();
		for (IatiProjectRecord record : records) {
			IatiBatch.Checked one = batch.check(record, fingerprints.get(record));
			checked.add(one);
			Outcome outcome = one.result().outcome();
			if (outcome == null) {
				continue;
			}
			if (outcome.action() == Outcome.Action.UNCHANGED) {
				recorded.put(outcome.projectId(), one.fingerprint());
			}
			else if (one.project() == null) {
				created.add(new ProjectBulkRepository.NewProject(one.content(), record.sectors(), record.narratives(),
						one.fingerprint()));
			}
			else {
				Project project = one.project();
				ProjectView before = project.toView(batch.names());
				project.withoutEvents().edit(one.content(), project.getVersion(), this.support.now());
				changedExtras.put(project.getId(), record);
				updatedChanges.add(new AuditTrail.RecordChange(project.getId(),
						ProjectRegistry.describe(before, project.toView(batch.names()))));
				updated.add(project.getId());
				recorded.put(project.getId(), one.fingerprint());
			}
		}
		List<Long> ids = this.bulk.insert(created, batch.viewer().username(), this.support.now());
		for (int i = 0; i < ids.size(); i++) {
			ProjectView made = Project.viewOf(ids.get(i), created.get(i).content(), batch.viewer().username(),
					this.support.now(), batch.names());
			createdChanges.add(new AuditTrail.RecordChange(ids.get(i), ProjectRegistry.describe(null, made)));
		}
		this.bulk.replaceExtras(changedExtras);
		this.support.audit().recordChanges("IMPORT", ProjectRegistry.RECORD, createdChanges);
		this.support.audit().recordChanges("IMPORT", ProjectRegistry.RECORD, updatedChanges);
		if (!ids.isEmpty() || !updated.isEmpty()) {
			this.support.publish(new ProjectsImported(ids, updated));
		}
		this.session.flushAndForget();
		// after the flush, so that each fingerprint is recorded at the version the edit
		// made
		this.fingerprints.record(recorded);
		List<Result> results = new ArrayList<>(records.size());
		int next = 0;
		for (IatiBatch.Checked one : checked) {
			Result result = one.result();
			if (result.accepted() && one.project() == null && one.content() != null) {
				result = new Result(new Outcome(Outcome.Action.CREATED, ids.get(next++)), List.of());
			}
			results.add(result);
		}
		return results;
	}

	private static Map<IatiProjectRecord, String> fingerprints(List<IatiProjectRecord> records) {
		Map<IatiProjectRecord, String> fingerprints = new IdentityHashMap<>();
		records.forEach((record) -> fingerprints.put(record, IatiFingerprint.of(record)));
		return fingerprints;
	}

	/**
	 * As {@link ProjectRegistry}: a project keeps benefiting the partners of the needs it
	 * is linked to.
	 */
	static void keepsLinkedPartners(ProjectContent content, Set<String> linkedPartners) {
		Set<String> orphaned = new TreeSet<>();
		for (String partner : linkedPartners) {
			if (!content.partners().contains(partner) && !content.partners().contains(Partner.REGIONAL)
					&& !Partner.REGIONAL.equals(partner)) {
				orphaned.add(partner);
			}
		}
		if (!orphaned.isEmpty()) {
			throw new InvalidInputException("partners",
					UserText.of("responses.iati.partnersStillLinked", String.join(", ", orphaned)));
		}
	}

}
