package com.wbiisg.mapping.consultation.internal;

import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.consultation.CommentTarget;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CommentTargetsTests {

	private final CommentTargets targets = new CommentTargets(List.of(new Target("REPORT_SECTION")));

	@Test
	void findsAVisibleTargetByItsTypeInAnyCase() {
		assertThat(this.targets.require("report_section", "7/2")).isEqualTo(
				new CommentTargets.VisibleTarget("REPORT_SECTION", "7/2", "Section 7/2", "/reports/7#section-2"));
	}

	@Test
	void treatsATargetItsOwnerHidesAsMissing() {
		assertThatExceptionOfType(RecordNotFoundException.class)
			.isThrownBy(() -> this.targets.require("REPORT_SECTION", "hidden"));
	}

	@Test
	void treatsAnUnknownTypeOrAMissingIdAsMissing() {
		assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> this.targets.require("NEED", "1"));
		assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> this.targets.require(null, "1"));
		assertThatExceptionOfType(RecordNotFoundException.class)
			.isThrownBy(() -> this.targets.require("REPORT_SECTION", " "));
	}

	private record Target(String type) implements CommentTarget {

		@Override
		public Optional<String> titleIfVisible(String targetId) {
			return targetId.equals("hidden") ? Optional.empty() : Optional.of("Section " + targetId);
		}

		@Override
		public String link(String targetId) {
			return "/reports/" + targetId.replace("/", "#section-");
		}

	}

}
