/**
 * Accounts, sign-in, second factors, password policy, throttling of failed sign-ins, rate
 * limits, sessions and personal access tokens; who the current user is and what role they
 * hold.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "web", "audit", "membership" })
package com.wbiisg.mapping.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
