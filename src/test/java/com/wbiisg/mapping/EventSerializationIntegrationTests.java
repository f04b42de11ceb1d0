package com.wbiisg.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.wbiisg.mapping.consultation.CommentAdded;
import com.wbiisg.mapping.framework.FrameworkAdopted;
import com.wbiisg.mapping.meetings.DecisionKind;
import com.wbiisg.mapping.meetings.DecisionRecorded;
import com.wbiisg.mapping.needs.NeedAction;
import com.wbiisg.mapping.needs.NeedContentChanged;
import com.wbiisg.mapping.needs.NeedEntered;
import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedStatusChanged;
import com.wbiisg.mapping.needs.NeedsImported;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.reporting.ReportAction;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.ReportStatus;
import com.wbiisg.mapping.reporting.ReportStatusChanged;
import com.wbiisg.mapping.responses.Coverage;
import com.wbiisg.mapping.responses.ProjectChanged;
import com.wbiisg.mapping.responses.ProjectLinkedToNeed;
import com.wbiisg.mapping.responses.ProjectRegistered;
import com.wbiisg.mapping.responses.ProjectUnlinkedFromNeed;
import com.wbiisg.mapping.responses.ProjectsImported;
import com.wbiisg.mapping.web.ReadDenied;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event of the modules is read back by the event publication registry's serializer
 * (Jackson 3, with the application's JSON mapper) as it was written: a publication that
 * is retried hands its listener the event it was recorded with.
 */
@IntegrationTest
class EventSerializationIntegrationTests {

	@Autowired
	EventSerializer serializer;

	@Test
	void readsBackEveryEventAsItWasWritten() {
		NeedFact fact = new NeedFact(7, 2, "WBCTi", "PRE", "PRE.2", "PRE.2.1", "XK", "Kosovo* \"quoted\"\nneed", null,
				Priority.HIGH, NeedStatus.DRAFT, true, new BigDecimal("1200.50"));
		List<Object> events = List.of(new NeedEntered(7, 2), new NeedContentChanged(7, 2),
				new NeedStatusChanged(7, 2, "XK", NeedAction.RETURN, NeedStatus.SUBMITTED, NeedStatus.RETURNED,
						"si.focal", "Say which institution – and why"),
				new NeedStatusChanged(7, 2, "XK", NeedAction.SUBMIT, NeedStatus.DRAFT, NeedStatus.SUBMITTED, "xk.focal",
						null),
				new NeedsImported(2, "XK", List.of(fact), List.of(8L, 9L)), new ProjectRegistered(11),
				new ProjectChanged(11), new ProjectLinkedToNeed(11, 7, Coverage.PARTIAL),
				new ProjectUnlinkedFromNeed(11, 7), new ProjectsImported(List.of(11L, 12L), List.of()),
				new FrameworkAdopted(1, "WBCTi", "2021\u20132022", 2, LocalDate.of(2022, 6, 20), "6th IISG Board"),
				new ReportStatusChanged(3, ReportKind.NEEDS_MAPPING, "WBCTi", 2, null, 1, ReportAction.ADOPT,
						ReportStatus.FINAL, ReportStatus.ADOPTED, "secretariat", "6th IISG Board",
						LocalDate.of(2022, 6, 20)),
				new ReportStatusChanged(4, ReportKind.RESPONSE_MAPPING, "WBCTi", 2, 2021, 2, ReportAction.FINALISE,
						ReportStatus.DISCUSSED, ReportStatus.FINAL, "secretariat", null, null),
				new DecisionRecorded(5, 6, DecisionKind.ADOPT_FRAMEWORK, 1L, LocalDate.of(2022, 6, 20)),
				new DecisionRecorded(5, 6, DecisionKind.OTHER, null, LocalDate.of(2022, 6, 20)),
				new CommentAdded(8, "NEED", "7", "board"),
				new ReadDenied(null, "Need", "7", "GET /api/v1/needs/7?q=%22x%22"));

		assertThat(events).allSatisfy(
				(event) -> assertThat(this.serializer.deserialize(this.serializer.serialize(event), event.getClass()))
					.isEqualTo(event));
	}

}
