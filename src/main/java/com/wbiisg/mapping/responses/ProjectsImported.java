package com.wbiisg.mapping.responses;

import java.util.List;

/**
 * Many projects registered or changed at once by an import, in one batch of its
 * transaction: one event for the batch instead of one per project, so that what follows
 * projects (the coverage of their needs, the suggestions) works on the batch.
 *
 * @param created the ids of the projects registered
 * @param updated the ids of the projects whose content changed
 */
public record ProjectsImported(List<Long> created, List<Long> updated) {

	public ProjectsImported {
		created = List.copyOf(created);
		updated = List.copyOf(updated);
	}

}
