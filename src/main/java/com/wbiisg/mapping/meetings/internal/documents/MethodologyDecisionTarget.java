package com.wbiisg.mapping.meetings.internal.documents;

import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.meetings.DecisionKind;
import com.wbiisg.mapping.meetings.DecisionReference;
import com.wbiisg.mapping.meetings.DecisionTarget;
import com.wbiisg.mapping.meetings.RecordChoice;

import org.springframework.stereotype.Component;

/**
 * A decision adopting a version of a methodology or another key document, which this
 * module keeps: the version records the decision and its day.
 */
@Component
class MethodologyDecisionTarget implements DecisionTarget {

	private final KeyDocuments documents;

	MethodologyDecisionTarget(KeyDocuments documents) {
		this.documents = documents;
	}

	@Override
	public DecisionKind kind() {
		return DecisionKind.ADOPT_METHODOLOGY;
	}

	@Override
	public List<RecordChoice> choices() {
		return this.documents.unadoptedVersions();
	}

	@Override
	public Optional<String> label(long targetId) {
		return this.documents.versionLabel(targetId);
	}

	@Override
	public String path(long targetId) {
		return this.documents.versionPath(targetId);
	}

	@Override
	public void apply(long targetId, DecisionReference reference) {
		this.documents.adopt(targetId, reference);
	}

}
