package com.wbiisg.mapping.framework;

import java.time.LocalDate;

/**
 * A framework version was adopted and is frozen from now on.
 */
public record FrameworkAdopted(long frameworkId, String initiative, String cycle, int version, LocalDate decidedOn,
		String decision) {
}
