package com.wbiisg.mapping.reporting;

import java.util.Optional;

import com.wbiisg.mapping.consultation.CommentTarget;
import com.wbiisg.mapping.reporting.internal.ReportDraft;
import com.wbiisg.mapping.reporting.internal.ReportReading;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.UserText;

import org.springframework.stereotype.Component;

/**
 * Lets members comment on each section of each report draft, as the Support Group does
 * when it discusses a draft; the Secretariat resolves the comments through the
 * consultation module. A target id is {@code "{draftId}/{section}"}, such as
 * {@code 12/gaps}. A draft the reader may not read hides its threads as well.
 */
@Component
public class ReportSectionCommentTarget implements CommentTarget {

	public static final String TYPE = "REPORT_SECTION";

	private final ReportReading reading;

	ReportSectionCommentTarget(ReportReading reading) {
		this.reading = reading;
	}

	public static String targetId(long draftId, ReportSection section) {
		return draftId + "/" + section.key();
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public Optional<String> titleIfVisible(String targetId) {
		int slash = targetId.indexOf('/');
		if (slash < 1 || slash > 18 || !targetId.substring(0, slash).chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		Optional<ReportSection> section = ReportSection.ofKey(targetId.substring(slash + 1));
		if (section.isEmpty() || !ReportReading.readsDrafts()) {
			return Optional.empty();
		}
		try {
			ReportDraft draft = this.reading.readable(Long.parseLong(targetId.substring(0, slash)));
			return Optional.of(title(draft, section.get()).english());
		}
		catch (RecordNotFoundException ex) {
			// An unknown draft is, to a thread, the same as an unknown section: absent.
			return Optional.empty();
		}
	}

	private static UserText title(ReportDraft draft, ReportSection section) {
		return switch (draft.getKind()) {
			case NEEDS_MAPPING -> UserText.of("reporting.commentTarget.NEEDS_MAPPING", draft.getInitiative(),
					draft.getDraftNumber(), section.title());
			case RESPONSE_MAPPING -> UserText.of("reporting.commentTarget.RESPONSE_MAPPING", draft.getInitiative(),
					draft.getDraftNumber(), section.title());
		};
	}

	@Override
	public String link(String targetId) {
		int slash = targetId.indexOf('/');
		return "/reports/" + targetId.substring(0, slash) + "/sections/" + targetId.substring(slash + 1);
	}

}
