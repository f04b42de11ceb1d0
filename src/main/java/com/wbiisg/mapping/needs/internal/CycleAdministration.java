package com.wbiisg.mapping.needs.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.needs.CycleStatus;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.Cycles;
import com.wbiisg.mapping.shared.ChangeCount;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.Chronological;
import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Secretariat opens needs mapping cycles on adopted framework versions and closes
 * them.
 */
@Service
@Transactional
public class CycleAdministration implements Cycles {

	static final String RECORD = "Cycle";

	static final RecordType CYCLE = RecordType.of(RECORD, "needs.record.cycle");

	private final CycleRepository cycles;

	private final Frameworks frameworks;

	private final NeedsSupport support;

	private final CycleGeneration generation;

	private final TransactionTemplate reads;

	private volatile @Nullable Listed listed;

	CycleAdministration(CycleRepository cycles, Frameworks frameworks, NeedsSupport support, CycleGeneration generation,
			PlatformTransactionManager transactions) {
		this.cycles = cycles;
		this.generation = generation;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.frameworks = frameworks;
		this.support = support;
	}

	/**
	 * The cycles, newest first: from the last reading while no cycle has changed since,
	 * so that the pages and API calls that read them (every dashboard request does) need
	 * no database connection for it. A read-write transaction reads the table, to see its
	 * own changes.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	@Override
	public List<CycleView> list() {
		long generation = this.generation.current();
		Listed listed = this.listed;
		boolean cacheable = ChangeCount.cacheableRead();
		if (listed != null && listed.generation() == generation && cacheable) {
			return listed.cycles();
		}
		List<CycleView> read = this.reads
			.execute((status) -> this.cycles.findAllByOrderByOpensOnDescIdDesc().stream().map(Cycle::toView).toList());
		if (cacheable) {
			this.listed = new Listed(generation, read);
		}
		return read;
	}

	@Transactional(propagation = Propagation.SUPPORTS)
	@Override
	public CycleView get(long id) {
		return list().stream()
			.filter((cycle) -> cycle.id() == id)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException(CYCLE, id));
	}

	/**
	 * Opens a cycle on an adopted framework version; its name is the initiative and the
	 * version's cycle, such as "WBCTi 2021–2022", unless one is given.
	 */
	@PreAuthorize("hasRole('SECRETARIAT')")
	public CycleView open(@Nullable Long frameworkId, @Nullable String name, @Nullable LocalDate opensOn,
			@Nullable LocalDate closesOn) {
		List<FieldProblem> problems = new ArrayList<>();
		FrameworkSummary framework = null;
		if (frameworkId != null) {
			try {
				framework = this.frameworks.version(frameworkId);
				if (framework.status() != FrameworkStatus.ADOPTED) {
					problems.add(new FieldProblem("frameworkId",
							UserText.of("needs.cycle.frameworkNotAdopted", framework.label())));
				}
			}
			catch (RecordNotFoundException ex) {
				problems.add(new FieldProblem("frameworkId", UserText.of("needs.cycle.frameworkUnknown", frameworkId)));
			}
		}
		problems.addAll(RecordValidation.problems(new Opening(frameworkId, name, opensOn, closesOn)));
		String cleanName = Inputs.text(name);
		if (framework != null && cleanName == null) {
			cleanName = framework.initiative() + " " + framework.cycle();
		}
		if (framework != null && this.cycles.existsByInitiativeAndName(framework.initiative(), cleanName)) {
			problems.add(new FieldProblem("name", UserText.of("needs.cycle.nameTaken", cleanName)));
		}
		InvalidInputException.throwIfAny(problems);
		Cycle cycle = this.cycles
			.saveAndFlush(new Cycle(framework.initiative(), cleanName, framework.id(), opensOn, closesOn));
		this.support.audit()
			.recordChange("OPEN", RECORD, cycle.getId(),
					Changes.of()
						.set("name", cleanName)
						.set("framework", framework.label())
						.set("opensOn", opensOn)
						.set("closesOn", closesOn));
		return cycle.toView();
	}

	@PreAuthorize("hasRole('SECRETARIAT')")
	public CycleView close(long id) {
		Cycle cycle = this.cycles.findById(id).orElseThrow(() -> new RecordNotFoundException(CYCLE, id));
		cycle.close();
		this.cycles.saveAndFlush(cycle);
		this.support.audit()
			.recordChange("CLOSE", RECORD, id, Changes.of().field("status", CycleStatus.OPEN, CycleStatus.CLOSED));
		return cycle.toView();
	}

	@PreAuthorize("hasRole('SECRETARIAT')")
	public CycleView reopen(long id) {
		Cycle cycle = this.cycles.findById(id).orElseThrow(() -> new RecordNotFoundException(CYCLE, id));
		cycle.reopen();
		this.cycles.saveAndFlush(cycle);
		this.support.audit()
			.recordChange("REOPEN", RECORD, id, Changes.of().field("status", CycleStatus.CLOSED, CycleStatus.OPEN));
		return cycle.toView();
	}

	/**
	 * The fields of a cycle to open, with their checks; those of the framework version
	 * read it.
	 */
	@Chronological(start = "opensOn", end = "closesOn", message = "{needs.cycle.closesBeforeOpening}")
	private record Opening(@NotNull(message = "{needs.cycle.frameworkRequired}") @Nullable Long frameworkId,
			@MaxLength(Cycle.MAX_NAME) @Nullable String name,
			@NotNull(message = "{needs.cycle.opensOnRequired}") @Nullable LocalDate opensOn,
			@NotNull(message = "{needs.cycle.closesOnRequired}") @Nullable LocalDate closesOn) {
	}

	private record Listed(long generation, List<CycleView> cycles) {
	}

}
