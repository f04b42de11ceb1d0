package com.wbiisg.mapping.membership.internal;

import com.wbiisg.mapping.shared.ChangeCount;

import org.springframework.stereotype.Component;

/**
 * Counts the changes to organisations, partners and working groups: what the registry
 * cached in {@link MembershipCatalogue} compares against to know it is current.
 */
@Component
class RegistryGeneration extends ChangeCount {

}
