package com.wbiisg.mapping.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The stale-version refusal the audited aggregates share.
 */
class AuditedAggregateTests {

	@Test
	void acceptsAChangeMadeOnTheCurrentVersion() {
		assertThatNoException().isThrownBy(() -> new Need(7L, 3).ensureVersion(3));
	}

	@Test
	void refusesAChangeMadeOnAnotherVersionNamingTheRecordFromTheBundle() {
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> new Need(7L, 3).ensureVersion(2))
			.withMessage("Need 7 was changed by someone else (your version 2, current version 3)."
					+ " Reload it and apply your change again.");
	}

	@Test
	void namesTheRecordAsTheAggregateAsks() {
		AuditedAggregate<Need> action = new Need(12L, 1) {

			@Override
			protected RecordType recordType() {
				return RecordType.of("ActionItem", "meetings.record.actionItem");
			}

		};
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> action.ensureVersion(0))
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith("Action item 12 was changed"));
	}

	private static class Need extends AuditedAggregate<Need> {

		Need(Long id, long version) {
			this.id = id;
			this.version = version;
		}

		@Override
		protected RecordType recordType() {
			return RecordType.of("Need", "needs.record.need");
		}

	}

}
