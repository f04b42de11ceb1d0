package com.wbiisg.mapping.meetings.internal.decisions;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.wbiisg.mapping.meetings.DecisionKind;
import com.wbiisg.mapping.meetings.DecisionTarget;

import org.springframework.stereotype.Component;

/**
 * The targets that the application offers for decisions, by kind. A kind with a target
 * but none registered, such as reports before the reporting module offers one, cannot be
 * recorded.
 */
@Component
public class DecisionTargets {

	private final Map<DecisionKind, DecisionTarget> targets = new EnumMap<>(DecisionKind.class);

	DecisionTargets(List<DecisionTarget> targets) {
		for (DecisionTarget target : targets) {
			if (!target.kind().hasTarget()) {
				throw new IllegalStateException("Decisions of kind OTHER have no target: " + target);
			}
			if (this.targets.put(target.kind(), target) != null) {
				throw new IllegalStateException("Two decision targets for " + target.kind());
			}
		}
	}

	public Optional<DecisionTarget> target(DecisionKind kind) {
		return Optional.ofNullable(this.targets.get(kind));
	}

	/**
	 * The kinds that may be recorded now: those without a target, and those whose target
	 * is registered.
	 */
	public List<DecisionKind> recordable() {
		return java.util.Arrays.stream(DecisionKind.values())
			.filter((kind) -> !kind.hasTarget() || this.targets.containsKey(kind))
			.toList();
	}

}
