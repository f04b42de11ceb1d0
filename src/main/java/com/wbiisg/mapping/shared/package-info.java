/**
 * The shared kernel: the few types every module uses (the domain exceptions that say "not
 * found", "conflict" or "invalid input" with their field problems, field and input
 * checks, versions, the base classes of aggregates, control characters, safe spreadsheet
 * and CSV text, change counts) and the demo data reader; no web types. A Modulith shared
 * module, so every module may use it without declaring it; open, so that the demo loaders
 * may reach {@code shared.demo}.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.wbiisg.mapping.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
