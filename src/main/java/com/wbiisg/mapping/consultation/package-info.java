/**
 * Comments and feedback threads on framework items, needs and report drafts, whose owning
 * modules say what may be commented and by whom it may be seen.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "audit")
package com.wbiisg.mapping.consultation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
