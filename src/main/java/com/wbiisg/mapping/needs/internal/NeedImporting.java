package com.wbiisg.mapping.needs.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.needs.NeedFilter;
import com.wbiisg.mapping.needs.NeedImportBatch;
import com.wbiisg.mapping.needs.NeedImportCheck;
import com.wbiisg.mapping.needs.NeedImportCheck.Outcome;
import com.wbiisg.mapping.needs.NeedImportCheck.RowResult;
import com.wbiisg.mapping.needs.NeedImports;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.NeedsImported;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a batch of needs of one partner with the rules of {@link NeedEditing}: checked
 * row by row by {@link NeedImportRules}, new drafts inserted in bulk by
 * {@link NeedBulkRepository}, changes made through the entity, one audit entry per import
 * and per changed need, one {@link NeedsImported} event that carries the facts of the new
 * needs (so that its listeners need not read back what was just inserted). The import
 * publishes that event itself, not through the needs: it is about the batch, and most of
 * its needs are inserted in bulk, never saved as entities.
 */
@Service
@Transactional
class NeedImporting implements NeedImports {

	private static final Logger log = LoggerFactory.getLogger(NeedImporting.class);

	private static final int ID_CHUNK = 1000;

	private final NeedRepository needs;

	private final CycleRepository cycles;

	private final NeedBulkRepository bulk;

	private final Frameworks frameworks;

	private final NeedsSupport support;

	NeedImporting(NeedRepository needs, CycleRepository cycles, NeedBulkRepository bulk, Frameworks frameworks,
			NeedsSupport support) {
		this.needs = needs;
		this.cycles = cycles;
		this.bulk = bulk;
		this.frameworks = frameworks;
		this.support = support;
	}

	@Override
	@Transactional(readOnly = true)
	public NeedImportCheck check(NeedImportBatch batch) {
		Checks checks = prepare(batch);
		List<RowResult> results = new ArrayList<>(batch.rows().size());
		for (int i = 0; i < batch.rows().size(); i++) {
			results.add(result(checks.rules().check(i, batch.rows().get(i))));
		}
		return new NeedImportCheck(results);
	}

	/**
	 * Checks each row and writes the new needs as they pass, while the rows that follow
	 * are checked; the first problem stops the writing, the rest of the rows are checked
	 * for theirs, and nothing is kept.
	 */
	@Override
	public NeedImportCheck apply(NeedImportBatch batch, IntConsumer progress) {
		long started = System.nanoTime();
		Checks checks = prepare(batch);
		Viewer viewer = this.support.viewer();
		Written written = checkAndWrite(batch, checks, viewer, progress);
		List<NewNeed> created = written.created();
		List<Long> createdIds = written.ids();
		long inserted = System.nanoTime();
		List<Long> updatedIds = new ArrayList<>();
		List<RowResult> results = new ArrayList<>();
		int next = 0;
		for (NeedImportRules.Checked row : written.rows()) {
			if (row.outcome() == Outcome.CREATE) {
				results.add(new RowResult(Outcome.CREATE, createdIds.get(next++), List.of()));
				continue;
			}
			Need need = Objects.requireNonNull(row.need());
			if (row.outcome() == Outcome.UPDATE) {
				NeedView before = need.toView();
				need.withoutEvents().edit(row.content(), need.getVersion(), viewer.actorFor(need), this.support.now());
				this.support.audit()
					.recordChange("UPDATE", NeedEditing.RECORD, need.getId(),
							NeedEditing.describe(before, need.toView()));
				updatedIds.add(need.getId());
			}
			results.add(new RowResult(row.outcome(), need.getId(), List.of()));
		}
		this.needs.flush();
		if (!createdIds.isEmpty()) {
			this.support.audit()
				.recordChange("IMPORT", NeedEditing.RECORD, createdIds.get(0),
						Changes.of()
							.set("cycle", checks.cycle().getName())
							.set("partner", checks.partner())
							.set("created", createdIds.size())
							.set("ids", createdIds.get(0) + ".." + createdIds.get(createdIds.size() - 1)));
		}
		List<NeedFact> createdFacts = new ArrayList<>(created.size());
		for (int i = 0; i < created.size(); i++) {
			createdFacts.add(created.get(i).fact(createdIds.get(i)));
		}
		long audited = System.nanoTime();
		this.support.publish(new NeedsImported(checks.cycle().getId(), checks.partner(), createdFacts, updatedIds));
		log.debug(
				"Imported {} needs: checked and sent in {} ms, copy ended in {} ms, updated and audited in {} ms, "
						+ "listeners took {} ms",
				batch.rows().size(), (written.checked() - started) / 1_000_000,
				(inserted - written.checked()) / 1_000_000, (audited - inserted) / 1_000_000,
				(System.nanoTime() - audited) / 1_000_000);
		return new NeedImportCheck(results);
	}

	/**
	 * Checks the rows in order and hands each new need to the bulk writer as it passes;
	 * after the first problem nothing more is handed on, the other rows are checked for
	 * theirs, and the writer drops what it holds.
	 */
	private Written checkAndWrite(NeedImportBatch batch, Checks checks, Viewer viewer, IntConsumer progress) {
		int most = (int) batch.rows().stream().filter((row) -> row.needId() == null).count();
		List<NeedImportRules.Checked> rows = new ArrayList<>(batch.rows().size());
		List<NewNeed> created = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		try (NeedBulkRepository.Drafts drafts = this.bulk.drafts(most, viewer.username(), this.support.now(),
				progress)) {
			for (int i = 0; i < batch.rows().size(); i++) {
				NeedImportRules.Checked row = checks.rules().check(i, batch.rows().get(i));
				rows.add(row);
				for (FieldProblem problem : row.problems()) {
					problems.add(problem.at("rows[" + i + "]." + problem.field()));
				}
				if (problems.isEmpty() && row.outcome() == Outcome.CREATE) {
					NewNeed need = new NewNeed(checks.cycle().getId(), checks.cycle().getInitiative(), row.measure(),
							checks.partner(), row.content());
					created.add(need);
					drafts.add(need);
				}
			}
			long checked = System.nanoTime();
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			return new Written(rows, created, drafts.finish(), checked);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<NeedView> needsOf(long cycleId, String partner, @Nullable String pillar) {
		Viewer viewer = this.support.viewer();
		String code = partner.trim().toUpperCase(Locale.ROOT);
		NeedFilter filter = new NeedFilter(cycleId, code, (pillar == null || pillar.isBlank()) ? null : pillar.trim(),
				null, null, null, null);
		return this.needs
			.findAll(NeedSpecifications.visibleTo(viewer).and(NeedSpecifications.matching(filter)), Sort.by("id"))
			.stream()
			.filter(viewer::canSee)
			.map(Need::toView)
			.toList();
	}

	/**
	 * What the rows are checked against: the open cycle, the measures of its framework
	 * and the needs that the rows name.
	 */
	private Checks prepare(NeedImportBatch batch) {
		Viewer viewer = this.support.viewer();
		String partner = batch.partner().trim().toUpperCase(Locale.ROOT);
		NeedEditing.mayCreateFor(viewer, partner);
		Cycle cycle = this.cycles.findById(batch.cycleId())
			.orElseThrow(() -> new RecordNotFoundException(CycleAdministration.CYCLE, batch.cycleId()));
		cycle.ensureOpen();
		Set<String> measures = this.frameworks.tree(cycle.getFrameworkId())
			.flatten()
			.stream()
			.filter((node) -> node.level() == ItemLevel.MEASURE)
			.map((node) -> node.code())
			.collect(Collectors.toSet());
		return new Checks(cycle, partner,
				new NeedImportRules(viewer, cycle.getId(), partner, measures, existing(batch)));
	}

	private Map<Long, Need> existing(NeedImportBatch batch) {
		List<Long> ids = batch.rows().stream().map(NeedImportBatch.Row::needId).filter(Objects::nonNull).toList();
		Map<Long, Need> existing = new HashMap<>();
		for (int from = 0; from < ids.size(); from += ID_CHUNK) {
			this.needs.findAllById(ids.subList(from, Math.min(from + ID_CHUNK, ids.size())))
				.forEach((need) -> existing.put(need.getId(), need));
		}
		return existing;
	}

	private static RowResult result(NeedImportRules.Checked row) {
		return new RowResult(row.outcome(), (row.need() == null) ? null : row.need().getId(), row.problems());
	}

	private record Checks(Cycle cycle, String partner, NeedImportRules rules) {
	}

	/**
	 * The checked rows, the new needs and their ids in the same order, and when the last
	 * row was checked.
	 */
	private record Written(List<NeedImportRules.Checked> rows, List<NewNeed> created, List<Long> ids, long checked) {
	}

}
