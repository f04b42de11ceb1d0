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
import com.wbiisg.mapping.web.FieldChecks;
import com.wbiisg.mapping.web.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.web.RecordNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat opens needs mapping cycles on adopted framework versions and closes
 * them.
 */
@Service
@Transactional
public class CycleAdministration implements Cycles {

	static final String RECORD = "Cycle";

	private final CycleRepository cycles;

	private final Frameworks frameworks;

	private final NeedsSupport support;

	CycleAdministration(CycleRepository cycles, Frameworks frameworks, NeedsSupport support) {
		this.cycles = cycles;
		this.frameworks = frameworks;
		this.support = support;
	}

	@Transactional(readOnly = true)
	@Override
	public List<CycleView> list() {
		return this.cycles.findAllByOrderByOpensOnDescIdDesc().stream().map(Cycle::toView).toList();
	}

	@Transactional(readOnly = true)
	@Override
	public CycleView get(long id) {
		return this.cycles.findById(id).map(Cycle::toView).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
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
		if (frameworkId == null) {
			problems.add(new FieldProblem("frameworkId", "Choose the adopted framework version."));
		}
		else {
			try {
				framework = this.frameworks.version(frameworkId);
				if (framework.status() != FrameworkStatus.ADOPTED) {
					problems.add(new FieldProblem("frameworkId", "Needs point at measures of an adopted version; "
							+ framework.label() + " is not adopted."));
				}
			}
			catch (RecordNotFoundException ex) {
				problems.add(new FieldProblem("frameworkId", "There is no framework version " + frameworkId + "."));
			}
		}
		String cleanName = FieldChecks.optional(problems, "name", name, 100);
		if (opensOn == null) {
			problems.add(new FieldProblem("opensOn", "The opening date is required."));
		}
		if (closesOn == null) {
			problems.add(new FieldProblem("closesOn", "The closing date is required."));
		}
		else if (opensOn != null && closesOn.isBefore(opensOn)) {
			problems.add(new FieldProblem("closesOn", "The cycle closes after it opens."));
		}
		if (framework != null && cleanName == null) {
			cleanName = framework.initiative() + " " + framework.cycle();
		}
		if (framework != null && this.cycles.existsByInitiativeAndName(framework.initiative(), cleanName)) {
			problems.add(new FieldProblem("name", "There is a cycle " + cleanName + " already."));
		}
		FieldChecks.throwIfAny(problems);
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
		Cycle cycle = this.cycles.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
		cycle.close();
		this.cycles.saveAndFlush(cycle);
		this.support.audit()
			.recordChange("CLOSE", RECORD, id, Changes.of().field("status", CycleStatus.OPEN, CycleStatus.CLOSED));
		return cycle.toView();
	}

	@PreAuthorize("hasRole('SECRETARIAT')")
	public CycleView reopen(long id) {
		Cycle cycle = this.cycles.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
		cycle.reopen();
		this.cycles.saveAndFlush(cycle);
		this.support.audit()
			.recordChange("REOPEN", RECORD, id, Changes.of().field("status", CycleStatus.CLOSED, CycleStatus.OPEN));
		return cycle.toView();
	}

}
