package com.wbiisg.mapping.reporting.internal;

import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.meetings.RecordChoice;
import com.wbiisg.mapping.meetings.ReferenceKind;
import com.wbiisg.mapping.meetings.ReferenceSource;
import com.wbiisg.mapping.shared.RecordNotFoundException;

import org.springframework.stereotype.Component;

/**
 * Report drafts as what an agenda item may point at ("draft 1 of the Needs Mapping
 * Report, for discussion"): labelled as the reader may see them, observers seeing only
 * published ones.
 */
@Component
class ReportReferenceSource implements ReferenceSource {

	private final ReportReading reading;

	ReportReferenceSource(ReportReading reading) {
		this.reading = reading;
	}

	@Override
	public ReferenceKind kind() {
		return ReferenceKind.REPORT_DRAFT;
	}

	@Override
	public Optional<String> label(long id) {
		try {
			return Optional.of(ReportDecisionTarget.label(this.reading.readable(id)));
		}
		catch (RecordNotFoundException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String path(long id) {
		return "/reports/" + id;
	}

	@Override
	public List<RecordChoice> choices() {
		return this.reading.list()
			.stream()
			.map((draft) -> new RecordChoice(draft.getId(), ReportDecisionTarget.label(draft)))
			.toList();
	}

}
