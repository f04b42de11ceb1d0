package com.wbiisg.mapping.membership.internal;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;

/**
 * The entity listener of organisations, partners and working groups: every write moves
 * the {@link RegistryGeneration} on. Hibernate creates it through Spring, which passes
 * the generation in.
 */
class RegistryChanges {

	private final RegistryGeneration generation;

	RegistryChanges(RegistryGeneration generation) {
		this.generation = generation;
	}

	@PrePersist
	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Object entity) {
		this.generation.changed();
	}

}
