/**
 * Coverage, gaps, overlaps and funding of the needs by the projects linked to them,
 * rolled up per partner, pillar, objective, measure, funder and implementer; the
 * dashboard; match suggestions between needs and projects (Lucene).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "framework", "membership", "identity", "needs", "responses" })
package com.wbiisg.mapping.analysis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
