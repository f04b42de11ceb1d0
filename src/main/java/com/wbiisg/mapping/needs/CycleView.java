package com.wbiisg.mapping.needs;

import java.time.LocalDate;

/**
 * A needs mapping cycle: an initiative's call for needs on one adopted framework version.
 */
public record CycleView(long id, String initiative, String name, long frameworkId, LocalDate opensOn,
		LocalDate closesOn, CycleStatus status, long version) {
}
