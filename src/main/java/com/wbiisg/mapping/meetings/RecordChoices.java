package com.wbiisg.mapping.meetings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.meetings.internal.ReferenceSources;
import com.wbiisg.mapping.meetings.internal.decisions.DecisionTargets;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Secretariat's forms on a meeting's page offer: the records an agenda item may
 * point at, the kinds of decision that can be recorded now, and what each may adopt or
 * admit.
 */
@Service
@Transactional(readOnly = true)
public class RecordChoices {

	private final ReferenceSources references;

	private final DecisionTargets targets;

	RecordChoices(ReferenceSources references, DecisionTargets targets) {
		this.references = references;
		this.targets = targets;
	}

	/**
	 * The records to choose from per kind of reference that lists them.
	 */
	public Map<ReferenceKind, List<RecordChoice>> references() {
		Map<ReferenceKind, List<RecordChoice>> listed = new EnumMap<>(ReferenceKind.class);
		this.references.choices().forEach((kind, choices) -> {
			if (!choices.isEmpty()) {
				listed.put(kind, choices);
			}
		});
		return listed;
	}

	/**
	 * Whether records of the kind can be linked by id (needs, and report drafts once the
	 * reporting module offers them).
	 */
	public boolean offers(ReferenceKind kind) {
		return this.references.offers(kind);
	}

	public List<DecisionKind> decisionKinds() {
		return this.targets.recordable();
	}

	/**
	 * What each recordable kind of decision may adopt or admit now.
	 */
	public Map<DecisionKind, List<RecordChoice>> targets() {
		Map<DecisionKind, List<RecordChoice>> choices = new EnumMap<>(DecisionKind.class);
		for (DecisionKind kind : this.targets.recordable()) {
			this.targets.target(kind).ifPresent((target) -> choices.put(kind, target.choices()));
		}
		return choices;
	}

}
