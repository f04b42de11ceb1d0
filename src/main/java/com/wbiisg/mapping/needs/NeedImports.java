package com.wbiisg.mapping.needs;

import java.util.List;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;

/**
 * Many needs of one partner in one cycle at once, as an uploaded template brings them:
 * what other modules (the exchange module's XLSX import) use to enter and change needs in
 * bulk. Every row goes through the same rules as a need entered on its own (who may enter
 * needs for which partner, measures of the cycle's framework, the checks of the content,
 * only draft or returned needs change, optimistic versions), so a file can do nothing a
 * user could not do by hand.
 *
 * <p>
 * A row with a need id changes that need; a row without one enters a new draft. The whole
 * batch is written or nothing: {@link #apply} refuses it when any row has a problem.
 * Instead of one {@link NeedEntered} or {@link NeedContentChanged} per need, one
 * {@link NeedsImported} event names every need created and changed, so listeners can
 * handle tens of thousands of rows in one pass.
 */
public interface NeedImports {

	/**
	 * What {@link #apply} would do with each row, in the order given, and every problem
	 * of each row; writes nothing.
	 * @throws org.springframework.security.access.AccessDeniedException when the current
	 * user may not enter needs for the partner
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when there is no such
	 * cycle
	 * @throws com.wbiisg.mapping.shared.ConflictException when the cycle is closed
	 */
	NeedImportCheck check(NeedImportBatch batch);

	/**
	 * Creates and changes the needs of the batch in the caller's transaction (one is
	 * opened when there is none), after the same checks as {@link #check}.
	 * @throws com.wbiisg.mapping.shared.InvalidInputException when any row has a problem;
	 * nothing is written then
	 */
	default NeedImportCheck apply(NeedImportBatch batch) {
		return apply(batch, (written) -> {
		});
	}

	/**
	 * As {@link #apply(NeedImportBatch)}, telling {@code written} how many of the batch's
	 * new needs are written so far each time a part of them is, so that a long import can
	 * show how far it got.
	 */
	NeedImportCheck apply(NeedImportBatch batch, IntConsumer written);

	/**
	 * The needs of the partner in the cycle that the current user may see, optionally of
	 * one pillar only, in id order: the rows of a template to download.
	 */
	List<NeedView> needsOf(long cycleId, String partner, @Nullable String pillar);

}
