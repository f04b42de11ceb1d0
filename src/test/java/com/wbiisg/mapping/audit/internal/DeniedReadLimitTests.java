package com.wbiisg.mapping.audit.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.wbiisg.mapping.audit.MovableClock;
import com.wbiisg.mapping.audit.internal.DeniedReadLimit.LeftOut;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeniedReadLimitTests {

	private final MovableClock clock = new MovableClock();

	private final List<LeftOut> leftOut = new ArrayList<>();

	private final DeniedReadLimit limit = new DeniedReadLimit(3, this.clock, this.leftOut::add);

	@Test
	void recordsTheFirstReadsOfAMinuteAndSaysHowManyItLeftOutWhenTheMinuteEnds() {
		List<Boolean> admitted = IntStream.range(0, 5).mapToObj((i) -> this.limit.admit("probe")).toList();
		this.clock.advance(Duration.ofSeconds(30));
		admitted = new ArrayList<>(admitted);
		admitted.add(this.limit.admit("probe"));
		this.limit.endWindows();

		assertThat(admitted).containsExactly(true, true, true, false, false, false);
		assertThat(this.leftOut).isEmpty();

		this.clock.advance(Duration.ofSeconds(31));
		this.limit.endWindows();

		assertThat(this.leftOut).singleElement().satisfies((left) -> {
			assertThat(left.user()).isEqualTo("probe");
			assertThat(left.count()).isEqualTo(3);
			assertThat(Duration.between(left.from(), left.to())).isEqualTo(DeniedReadLimit.WINDOW);
		});
	}

	@Test
	void saysHowManyItLeftOutAtTheNextReadAfterTheMinuteAndRecordsThatRead() {
		IntStream.range(0, 4).forEach((i) -> this.limit.admit("probe"));
		this.clock.advance(Duration.ofSeconds(61));

		assertThat(this.limit.admit("probe")).isTrue();
		assertThat(this.leftOut).singleElement().extracting(LeftOut::count).isEqualTo(1);
		this.limit.endWindows();
		assertThat(this.leftOut).hasSize(1);
	}

	@Test
	void countsEachUserApartAndReportsNothingForAMinuteWithinTheLimit() {
		IntStream.range(0, 3).forEach((i) -> this.limit.admit("probe"));

		assertThat(this.limit.admit("probe")).isFalse();
		assertThat(this.limit.admit("someone else")).isTrue();
		this.clock.advance(Duration.ofSeconds(61));
		this.limit.endWindows();
		assertThat(this.leftOut).extracting(LeftOut::user).containsExactly("probe");
	}

}
