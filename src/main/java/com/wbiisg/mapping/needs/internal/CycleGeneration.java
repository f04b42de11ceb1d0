package com.wbiisg.mapping.needs.internal;

import com.wbiisg.mapping.shared.ChangeCount;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;

import org.springframework.stereotype.Component;

/**
 * Counts the changes to cycles: what the cycles cached in {@link CycleAdministration}
 * compare against to know they are current.
 */
@Component
class CycleGeneration extends ChangeCount {

	/**
	 * The entity listener of cycles: every write moves the count on. Hibernate creates it
	 * through Spring, which passes the count in.
	 */
	static class Listener {

		private final CycleGeneration generation;

		Listener(CycleGeneration generation) {
			this.generation = generation;
		}

		@PrePersist
		@PostPersist
		@PostUpdate
		@PostRemove
		void changed(Object cycle) {
			this.generation.changed();
		}

	}

}
