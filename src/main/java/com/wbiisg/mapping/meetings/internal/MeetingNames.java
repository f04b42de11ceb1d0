package com.wbiisg.mapping.meetings.internal;

import com.wbiisg.mapping.meetings.MeetingKind;
import org.jspecify.annotations.Nullable;

/**
 * The names the IISG gives its numbered meetings, such as "5th IISG Board Meeting" (facts
 * §0, §2). They are proper names, in English like the IISG's own pages, so feeds, API and
 * pages show them alike.
 */
public final class MeetingNames {

	private MeetingNames() {
	}

	public static String name(MeetingKind kind, @Nullable Integer number, String title) {
		if (number == null) {
			return title;
		}
		return ordinal(number) + " " + switch (kind) {
			case BOARD -> "IISG Board Meeting";
			case PILLAR_SG -> "Regional Pillar Support Group Meeting";
			case CROSS_CUTTING_SG -> "Cross-cutting Support Group Meeting";
			case NATIONAL -> "National Meeting";
			case OTHER -> "IISG Meeting";
		};
	}

	static String ordinal(int number) {
		int lastTwo = number % 100;
		if (lastTwo >= 11 && lastTwo <= 13) {
			return number + "th";
		}
		return number + switch (number % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
	}

}
