/**
 * Accounts, sign-in, password policy, lockout and sessions; who the current user is and
 * what role they hold.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "web", "audit", "membership" })
package com.wbiisg.mapping.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
