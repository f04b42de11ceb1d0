package com.wbiisg.mapping.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;

import com.wbiisg.mapping.reporting.ReportAction;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.ReportSection;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The texts a report draft composes come from the message bundle, word for word as they
 * were written in the code before.
 */
class ReportTextsTests {

	@Test
	void refusesAStepOutOfOrderNamingTheNextStep() {
		ReportDraft draft = draft(ReportKind.NEEDS_MAPPING, null, 1234);
		assertThatThrownBy(() -> draft.take(ReportAction.PUBLISH, null, null, "sec", Instant.EPOCH))
			.isInstanceOf(ConflictException.class)
			.hasMessage("Draft 1234 is draft: it cannot be published. Its next step is DISCUSS.");
	}

	@Test
	void refusesAStepOfAPublishedDraftWithNoFurtherStep() {
		ReportDraft draft = draft(ReportKind.NEEDS_MAPPING, null, 2);
		draft.take(ReportAction.DISCUSS, "WBCTi SG", null, "sec", Instant.EPOCH);
		draft.take(ReportAction.FINALISE, null, null, "sec", Instant.EPOCH);
		draft.take(ReportAction.ADOPT, "6th IISG Board", LocalDate.of(2022, 6, 20), "sec", Instant.EPOCH);
		draft.take(ReportAction.PUBLISH, null, null, "sec", Instant.EPOCH);
		assertThatThrownBy(() -> draft.take(ReportAction.FINALISE, null, null, "sec", Instant.EPOCH))
			.hasMessage("Draft 2 is published: it cannot be finalised. It has no further step.");
	}

	@Test
	void asksForTheMeetingAndTheAdoptingDecision() {
		ReportDraft draft = draft(ReportKind.NEEDS_MAPPING, null, 1);
		assertThatThrownBy(() -> draft.take(ReportAction.DISCUSS, " ", null, "sec", Instant.EPOCH))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.problems().get(0).message())
				.isEqualTo("Name the meeting that discussed the draft, such as \"WBCTi SG, Skopje, 5 May 2021\"."));
		draft.take(ReportAction.DISCUSS, "WBCTi SG", null, "sec", Instant.EPOCH);
		draft.take(ReportAction.FINALISE, null, null, "sec", Instant.EPOCH);
		assertThatThrownBy(() -> draft.take(ReportAction.ADOPT, null, LocalDate.of(2022, 6, 20), "sec", Instant.EPOCH))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.problems().get(0).message())
				.isEqualTo("Name the adopting decision: the Board meeting and its date."));
	}

	@Test
	void labelsDraftsForTheMeetingsWithoutGroupingNumbers() {
		assertThat(ReportDecisionTarget.label(draft(ReportKind.NEEDS_MAPPING, null, 1)))
			.isEqualTo("Needs Mapping Report WBCTi, draft 1");
		assertThat(ReportDecisionTarget.label(draft(ReportKind.RESPONSE_MAPPING, 2022, 1000)))
			.isEqualTo("Response Mapping Report WBCTi 2022, draft 1000");
	}

	@Test
	void titlesSectionsAsThePagesDo() {
		assertThat(ReportSection.SUMMARY.title().english()).isEqualTo("Executive summary");
		assertThat(ReportSection.NEEDS.title().english()).isEqualTo("Needs by pillar and objective");
		assertThat(ReportSection.ANNEXES.title().english()).isEqualTo("Annexes");
	}

	private static ReportDraft draft(ReportKind kind, Integer year, int number) {
		ReportDraft draft = new ReportDraft(kind, "WBCTi", 7, year, number, new byte[0], "sec", Instant.EPOCH);
		// A stored draft has its id, which the events of its steps carry.
		ReflectionTestUtils.setField(draft, "id", 5L);
		return draft;
	}

}
