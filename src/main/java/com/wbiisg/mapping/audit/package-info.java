/**
 * The append-only audit trail of every change and every security event: who, when (UTC),
 * what, which record, and what changed.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "web")
package com.wbiisg.mapping.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
