package com.wbiisg.mapping.needs;

import java.util.List;

/**
 * A batch of needs of one partner was imported at once (see {@link NeedImports}): the
 * needs entered as new drafts, with their facts as they were inserted, and the ids of the
 * needs whose content changed. It stands for one {@link NeedEntered} per created and one
 * {@link NeedContentChanged} per changed need. The facts of the new needs come with the
 * event because a listener in the importing transaction would otherwise read back tens of
 * thousands of rows that were just written.
 */
public record NeedsImported(long cycleId, String partner, List<NeedFact> created, List<Long> updated) {

	public NeedsImported {
		created = List.copyOf(created);
		updated = List.copyOf(updated);
	}

	/**
	 * The ids of the needs entered, in the order of {@link #created()}.
	 */
	public List<Long> createdIds() {
		return this.created.stream().map(NeedFact::id).toList();
	}

}
