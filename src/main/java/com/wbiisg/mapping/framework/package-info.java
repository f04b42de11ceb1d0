/**
 * Initiatives, framework versions and their tree of pillars, objectives, measures and
 * actions, adoption and freezing.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "web", "audit", "consultation" })
package com.wbiisg.mapping.framework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
