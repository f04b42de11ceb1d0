/**
 * Organisations and their membership of the IISG, the Western Balkan partners, and the
 * working groups with their lead partners and members.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "web", "audit", "framework" })
package com.wbiisg.mapping.membership;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
