package com.wbiisg.mapping.meetings.internal.decisions;

import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.framework.FrameworkAdoption;
import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.meetings.DecisionKind;
import com.wbiisg.mapping.meetings.DecisionReference;
import com.wbiisg.mapping.meetings.DecisionTarget;
import com.wbiisg.mapping.meetings.RecordChoice;

import org.springframework.stereotype.Component;

/**
 * A decision adopting a framework version, applied with the framework module's own
 * adoption use case: the draft becomes adopted and frozen, with the decision as its
 * reason. It lives here rather than in the framework module because the meetings module
 * builds on the framework module, and the dependency may not run both ways.
 */
@Component
class FrameworkDecisionTarget implements DecisionTarget {

	private final Frameworks frameworks;

	private final FrameworkAdoption adoption;

	FrameworkDecisionTarget(Frameworks frameworks, FrameworkAdoption adoption) {
		this.frameworks = frameworks;
		this.adoption = adoption;
	}

	@Override
	public DecisionKind kind() {
		return DecisionKind.ADOPT_FRAMEWORK;
	}

	@Override
	public List<RecordChoice> choices() {
		return this.frameworks.versions(null)
			.stream()
			.filter((version) -> version.status() == FrameworkStatus.DRAFT)
			.map((version) -> new RecordChoice(version.id(), version.label()))
			.toList();
	}

	@Override
	public Optional<String> label(long targetId) {
		return this.frameworks.versions(null)
			.stream()
			.filter((version) -> version.id() == targetId)
			.findFirst()
			.map(FrameworkSummary::label);
	}

	@Override
	public String path(long targetId) {
		return "/frameworks/" + targetId;
	}

	@Override
	public void apply(long targetId, DecisionReference reference) {
		this.adoption.adopt(targetId, reference.decidedOn(), reference.label());
	}

}
