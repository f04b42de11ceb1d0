package com.wbiisg.mapping.analysis;

import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.Cycles;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads the filter of an analysis request: the cycle (the newest when none is named), a
 * partner, a pillar, an objective, and a funder by id or short name.
 */
@Component
public class AnalysisScope {

	private static final RecordType CYCLE = RecordType.of("Needs mapping cycle", "analysis.record.cycle");

	/**
	 * The newest cycle of an initiative, named by the initiative.
	 */
	private static final RecordType CYCLE_OF = RecordType.of("Needs mapping cycle of", "analysis.record.cycleOf");

	private final Cycles cycles;

	private final Membership membership;

	AnalysisScope(Cycles cycles, Membership membership) {
		this.cycles = cycles;
		this.membership = membership;
	}

	/**
	 * The cycle named, unless it belongs to another initiative than the one named: then
	 * the newest cycle of that initiative.
	 */
	public CycleView cycle(@Nullable Long cycle, @Nullable String initiative) {
		if (initiative == null || initiative.isBlank()) {
			return cycle(cycle);
		}
		if (cycle != null) {
			CycleView named = this.cycles.get(cycle);
			if (named.initiative().equalsIgnoreCase(initiative.trim())) {
				return named;
			}
		}
		return this.cycles.list()
			.stream()
			.filter((candidate) -> candidate.initiative().equalsIgnoreCase(initiative.trim()))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException(CYCLE_OF, initiative.trim()));
	}

	/**
	 * As {@link #cycle(Long, String)}, choosing among the cycles already read.
	 */
	public CycleView cycle(@Nullable Long cycle, @Nullable String initiative, List<CycleView> all) {
		if (cycle != null) {
			CycleView named = all.stream()
				.filter((candidate) -> candidate.id() == cycle)
				.findFirst()
				.orElseThrow(() -> new RecordNotFoundException(CYCLE, cycle));
			if (initiative == null || initiative.isBlank() || named.initiative().equalsIgnoreCase(initiative.trim())) {
				return named;
			}
		}
		return all.stream()
			.filter((candidate) -> initiative == null || initiative.isBlank()
					|| candidate.initiative().equalsIgnoreCase(initiative.trim()))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException(CYCLE_OF,
					(initiative == null || initiative.isBlank()) ? "any" : initiative.trim()));
	}

	public CycleView cycle(@Nullable Long cycle) {
		if (cycle != null) {
			return this.cycles.get(cycle);
		}
		return this.cycles.list().stream().findFirst().orElseThrow(() -> new RecordNotFoundException(CYCLE, "any"));
	}

	public AnalysisFilter filter(CycleView cycle, @Nullable String partner, @Nullable String pillar,
			@Nullable String objective, @Nullable String funder) {
		return new AnalysisFilter(cycle.id(), upper(partner), upper(pillar), upper(objective), funder(funder));
	}

	private @Nullable Long funder(@Nullable String named) {
		if (named == null || named.isBlank()) {
			return null;
		}
		String key = named.trim();
		return this.membership.organisations()
			.stream()
			.filter((organisation) -> String.valueOf(organisation.id()).equals(key)
					|| organisation.shortName().equalsIgnoreCase(key))
			.map((organisation) -> organisation.id())
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("funder", UserText.of("analysis.funder.unknown", key)));
	}

	private static @Nullable String upper(@Nullable String code) {
		return (code == null || code.isBlank()) ? null : code.trim().toUpperCase(Locale.ROOT);
	}

}
