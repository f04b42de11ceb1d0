package com.wbiisg.mapping.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kind of record keeps its code for the audit trail and takes its name from its
 * module's bundle, in the reader's language, in the not-found and stale-version messages.
 */
class RecordTypeTests {

	private static final Locale MADE_UP = Locale.forLanguageTag("xx");

	private static final RecordType CYCLE = RecordType.of("Cycle", "needs.record.cycle");

	@Test
	void namesTheRecordFromTheBundleAndKeepsItsCode() {
		RecordType action = RecordType.of("ActionItem", "meetings.record.actionItem");
		assertThat(action.name().english()).isEqualTo("Action item");
		assertThat(action.code()).isEqualTo("ActionItem");
	}

	@Test
	void notFoundMessageReadsInEnglishAsBefore() {
		RecordNotFoundException ex = new RecordNotFoundException(CYCLE, 3L);
		assertThat(ex.getMessage()).isEqualTo("Cycle 3 does not exist or is not visible to you.");
		assertThat(ex.message(Locale.ENGLISH)).isEqualTo(ex.getMessage());
		assertThat(ex.recordType()).isEqualTo(CYCLE);
		assertThat(ex.recordId()).isEqualTo("3");
	}

	@Test
	void staleVersionMessageReadsInEnglishAsBefore() {
		assertThat(ConflictException.staleVersion(CYCLE, 3L, 1, 2).getMessage()).isEqualTo(
				"Cycle 3 was changed by someone else (your version 1, current version 2). Reload it and apply your change again.");
	}

	@Test
	void namesTheRecordInTheReadersLanguage() {
		assertThat(new RecordNotFoundException(CYCLE, 3L).message(MADE_UP))
			.isEqualTo("XX cycle 3 does not exist or is not visible to you.");
		assertThat(ConflictException.staleVersion(CYCLE, 3L, 1, 2).message(MADE_UP))
			.startsWith("XX cycle 3 was changed");
	}

	@Test
	void fillsThePlaceholdersOfItsName() {
		RecordType link = RecordType.of("ProjectLink", "responses.record.linkToNeed").naming(5L);
		assertThat(new RecordNotFoundException(link, 7L).getMessage())
			.isEqualTo("Link of project 5 to need 7 does not exist or is not visible to you.");
		assertThat(link.code()).isEqualTo("ProjectLink");
	}

	@Test
	void hiddenRecordKeepsItsCodeForTheAuditTrailWhateverTheAnswerNames() {
		HiddenRecordException hidden = new HiddenRecordException(
				RecordType.of("Report draft", "reporting.record.draft"), 4L)
			.answeredAs(RecordType.of("Comment", "consultation.record.comment"), 9L);
		assertThat(hidden.hiddenType()).isEqualTo("Report draft");
		assertThat(hidden.hiddenId()).isEqualTo("4");
		assertThat(hidden.getMessage()).isEqualTo("Comment 9 does not exist or is not visible to you.");
	}

}
