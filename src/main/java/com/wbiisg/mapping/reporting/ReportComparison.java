package com.wbiisg.mapping.reporting;

import com.wbiisg.mapping.reporting.internal.ReportDiffs;
import com.wbiisg.mapping.reporting.internal.ReportDraft;
import com.wbiisg.mapping.reporting.internal.ReportReading;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares two drafts of the same report for the current reader, from the older draft to
 * the newer whichever is named first, each as the reader may see it, so that the SG sees
 * what changed since the last meeting without learning anything about the needs it may
 * not see.
 */
@Service
@Transactional(readOnly = true)
public class ReportComparison {

	private final ReportReading reading;

	private final ReportViews views;

	ReportComparison(ReportReading reading, ReportViews views) {
		this.reading = reading;
		this.views = views;
	}

	/**
	 * @throws InvalidInputException when the drafts belong to different reports
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when either draft does
	 * not exist or the reader may not read it
	 */
	public ReportDiff compare(long id, long otherId) {
		ReportDraft one = this.reading.readable(id);
		ReportDraft other = this.reading.readable(otherId);
		if (!one.sameReportAs(other)) {
			throw new InvalidInputException("otherId", UserText.of("reporting.compare.otherReport", otherId, id));
		}
		ReportDraft older = (other.getDraftNumber() <= one.getDraftNumber()) ? other : one;
		ReportDraft newer = (older == one) ? other : one;
		return ReportDiffs.between(ref(older), this.views.forCurrentUser(this.reading.snapshot(older)).snapshot(),
				ref(newer), this.views.forCurrentUser(this.reading.snapshot(newer)).snapshot());
	}

	private static ReportDiff.Draft ref(ReportDraft draft) {
		return new ReportDiff.Draft(draft.getId(), draft.getDraftNumber(), draft.getStatus(), draft.getGeneratedAt());
	}

}
