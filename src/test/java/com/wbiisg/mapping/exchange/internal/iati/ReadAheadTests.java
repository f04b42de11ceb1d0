package com.wbiisg.mapping.exchange.internal.iati;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.exchange.internal.ImportRejected;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Activities read ahead on a thread of their own arrive in the file's order, an error of
 * the file arrives where the activity would have, and closing stops the reading.
 */
class ReadAheadTests {

	@Test
	void handsOverEveryActivityInTheOrderOfTheFile() {
		List<Integer> positions = new ArrayList<>();
		try (IatiReader reader = new IatiReader(file(1000, true));
				ReadAhead<IatiActivity> ahead = new ReadAhead<>(reader, (activity) -> activity)) {
			for (IatiActivity activity = ahead.next(); activity != null; activity = ahead.next()) {
				positions.add(activity.position());
			}
			assertThat(ahead.next()).isNull();
		}
		assertThat(positions).hasSize(1000).isSorted().startsWith(1).endsWith(1000);
	}

	@Test
	void handsOverTheErrorOfABrokenFileAfterTheActivitiesBeforeIt() {
		List<Integer> positions = new ArrayList<>();
		try (IatiReader reader = new IatiReader(file(3, false));
				ReadAhead<IatiActivity> ahead = new ReadAhead<>(reader, (activity) -> activity)) {
			assertThatThrownBy(() -> {
				for (IatiActivity activity = ahead.next(); activity != null; activity = ahead.next()) {
					positions.add(activity.position());
				}
			}).isInstanceOf(ImportRejected.class);
		}
		assertThat(positions).containsExactly(1, 2, 3);
	}

	@Test
	void stopsReadingWhenClosedHalfWay() throws Exception {
		Thread reading;
		try (IatiReader reader = new IatiReader(file(5000, true));
				ReadAhead<IatiActivity> ahead = new ReadAhead<>(reader, (activity) -> activity)) {
			assertThat(ahead.next()).isNotNull();
			reading = Thread.getAllStackTraces()
				.keySet()
				.stream()
				.filter((thread) -> thread.getName().startsWith("iati-reader-") && thread.isAlive())
				.findFirst()
				.orElseThrow();
		}
		reading.join(10_000);
		assertThat(reading.isAlive()).isFalse();
	}

	private static ByteArrayInputStream file(int activities, boolean complete) {
		StringBuilder xml = new StringBuilder("<iati-activities version=\"2.03\">");
		for (int i = 1; i <= activities; i++) {
			xml.append("<iati-activity><iati-identifier>XM-TEST-")
				.append(i)
				.append("</iati-identifier>")
				.append("<recipient-country code=\"MK\"/></iati-activity>");
		}
		xml.append(complete ? "</iati-activities>" : "<iati-activity><iati-identifier>XM-TEST-BROKEN");
		return new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8));
	}

}
