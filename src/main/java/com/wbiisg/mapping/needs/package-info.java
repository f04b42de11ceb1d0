/**
 * Needs mapping cycles, the needs of the WB partners per measure, and their workflow from
 * draft to adoption.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "web", "audit", "framework", "membership", "identity", "consultation" })
package com.wbiisg.mapping.needs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
