package com.wbiisg.mapping.identity.demo;

import java.util.List;

import com.wbiisg.mapping.identity.internal.AccountSeeding;

/**
 * The demo data file {@code demo/identity.yml}: the demo accounts.
 */
record IdentityDemoFile(List<AccountSeeding.Seeded> accounts) {

}
