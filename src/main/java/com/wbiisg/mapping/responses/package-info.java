/**
 * The annual response mapping: the support projects of the members, their links to the
 * needs they address, the reporting rounds in which each member confirms its portfolio,
 * and the public project list.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "web", "audit", "framework", "membership", "identity", "needs" })
package com.wbiisg.mapping.responses;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
