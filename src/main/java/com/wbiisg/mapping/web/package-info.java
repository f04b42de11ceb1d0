/**
 * The shared web layer: layout, navigation, error pages and problem details, i18n. No
 * business logic; the exception types here are the ones every module throws to say "not
 * found", "conflict" or "invalid input".
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.wbiisg.mapping.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
