package com.wbiisg.mapping.needs.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.wbiisg.mapping.needs.NeedImportBatch;
import com.wbiisg.mapping.needs.NeedImportCheck.Outcome;
import com.wbiisg.mapping.needs.NeedInput;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * The checks of the rows of an imported batch, one row at a time, with what the batch
 * knows: the measures of the cycle's framework, the needs the rows name, the rows seen
 * before (duplicates).
 */
final class NeedImportRules {

	private final Viewer viewer;

	private final long cycleId;

	private final String partner;

	private final Set<String> measures;

	private final Map<Long, Need> existing;

	private final Set<Long> seenIds = new HashSet<>();

	private final Map<String, Integer> seenNew = new HashMap<>();

	NeedImportRules(Viewer viewer, long cycleId, String partner, Set<String> measures, Map<Long, Need> existing) {
		this.viewer = viewer;
		this.cycleId = cycleId;
		this.partner = partner;
		this.measures = measures;
		this.existing = existing;
	}

	/**
	 * The checked row: its outcome, the need it changes and its content (null when the
	 * row has problems).
	 */
	record Checked(Outcome outcome, @Nullable Need need, @Nullable String measure, @Nullable NeedContent content,
			List<FieldProblem> problems) {
	}

	Checked check(int index, NeedImportBatch.Row row) {
		List<FieldProblem> problems = new ArrayList<>();
		Need need = null;
		String measure = (row.measureCode() == null) ? null : row.measureCode().trim().toUpperCase(Locale.ROOT);
		if (row.needId() != null) {
			need = existingNeed(row, measure, problems);
		}
		else if (measure == null || measure.isEmpty()) {
			problems.add(new FieldProblem("measureCode", UserText.of("needs.import.measureRequired")));
		}
		else if (!this.measures.contains(measure)) {
			problems.add(new FieldProblem("measureCode", UserText.of("needs.import.measureUnknown", measure)));
		}
		NeedContent content = null;
		try {
			content = NeedRules.check(input(row, measure), problems);
		}
		catch (InvalidInputException ex) {
			// The problems are in the list already.
		}
		if (need == null && content != null && measure != null) {
			String key = measure + "\n" + content.title().toLowerCase(Locale.ROOT);
			Integer first = this.seenNew.putIfAbsent(key, index);
			if (first != null) {
				problems.add(new FieldProblem("title", UserText.of("needs.import.newTwice")));
			}
		}
		if (!problems.isEmpty()) {
			return new Checked(Outcome.INVALID, need, measure, null, problems);
		}
		if (need == null) {
			return new Checked(Outcome.CREATE, null, measure, content, problems);
		}
		Outcome outcome = same(need.toView(), content) ? Outcome.UNCHANGED : Outcome.UPDATE;
		if (outcome == Outcome.UPDATE) {
			editable(need, row, problems);
			if (!problems.isEmpty()) {
				return new Checked(Outcome.INVALID, need, measure, null, problems);
			}
		}
		return new Checked(outcome, need, measure, content, problems);
	}

	private @Nullable Need existingNeed(NeedImportBatch.Row row, @Nullable String measure,
			List<FieldProblem> problems) {
		long id = row.needId();
		Need need = this.existing.get(id);
		if (need == null || !this.viewer.canSee(need) || need.getCycleId() != this.cycleId
				|| !need.getPartner().equals(this.partner)) {
			problems.add(new FieldProblem("needId", UserText.of("needs.import.needUnknown", id, this.partner)));
			return null;
		}
		if (!this.seenIds.add(id)) {
			problems.add(new FieldProblem("needId", UserText.of("needs.import.needTwice", id)));
		}
		if (measure != null && !measure.isEmpty() && !measure.equals(need.toView().measureCode())) {
			problems.add(new FieldProblem("measureCode", UserText.of("needs.import.measureFixed", id)));
		}
		return need;
	}

	private void editable(Need need, NeedImportBatch.Row row, List<FieldProblem> problems) {
		Set<Actor> actor = this.viewer.actorFor(need);
		if (NeedWorkflow.EDITORS.stream().noneMatch(actor::contains)) {
			problems.add(new FieldProblem("needId", UserText.of("needs.import.notYours", need.getId())));
		}
		else if (!NeedWorkflow.EDITABLE.contains(need.getStatus())) {
			problems.add(new FieldProblem("needId", UserText.of("needs.import.notEditable", need.getId(),
					need.getStatus().name().toLowerCase(Locale.ROOT))));
		}
		else if (row.version() != null && row.version() != need.getVersion()) {
			problems.add(new FieldProblem("needId", UserText.of("needs.import.stale", need.getId())));
		}
	}

	private static NeedInput input(NeedImportBatch.Row row, @Nullable String measure) {
		return new NeedInput(null, measure, null, row.title(), row.description(), row.type(), row.perspective(),
				row.priority(), row.institution(), row.estimatedCostEur(), row.timeframe(), row.timeframeStart(),
				row.timeframeEnd(), row.references(), row.restricted());
	}

	static boolean same(NeedView need, NeedContent content) {
		return need.title().equals(content.title()) && Objects.equals(need.description(), content.description())
				&& need.type() == content.type() && need.perspective() == content.perspective()
				&& need.priority() == content.priority() && Objects.equals(need.institution(), content.institution())
				&& sameAmount(need, content) && need.timeframe() == content.timeframe()
				&& Objects.equals(need.timeframeStart(), content.timeframeStart())
				&& Objects.equals(need.timeframeEnd(), content.timeframeEnd())
				&& need.references().equals(content.references()) && need.restricted() == content.restricted();
	}

	private static boolean sameAmount(NeedView need, NeedContent content) {
		if (need.estimatedCostEur() == null || content.estimatedCostEur() == null) {
			return need.estimatedCostEur() == content.estimatedCostEur();
		}
		return need.estimatedCostEur().compareTo(content.estimatedCostEur()) == 0;
	}

}
