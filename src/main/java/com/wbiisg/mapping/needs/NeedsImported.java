package com.wbiisg.mapping.needs;

import java.util.List;

/**
 * A batch of needs of one partner was imported at once (see {@link NeedImports}): the
 * needs entered as new drafts and the needs whose content changed. It stands for one
 * {@link NeedEntered} per created and one {@link NeedContentChanged} per changed need.
 */
public record NeedsImported(long cycleId, String partner, List<Long> created, List<Long> updated) {

	public NeedsImported {
		created = List.copyOf(created);
		updated = List.copyOf(updated);
	}

}
