package com.wbiisg.mapping.needs.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;

import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.shared.CopyRows;
import com.wbiisg.mapping.shared.CopyStream;
import com.wbiisg.mapping.shared.DatabaseRepository;
import org.jspecify.annotations.Nullable;

/**
 * New drafts copied to PostgreSQL while the import checks the rows that follow: the
 * server writes each lot of rows on its own core as the import's thread checks the next
 * lot, where a copy of the whole batch after its checks made the one wait for the other
 * (the checks and the server's writing took about as long). The ids are taken from the
 * sequence first, since no other statement may run while the copy is open; a need's
 * creation is told by its own row, so nothing else is copied.
 */
final class CopiedDrafts implements NeedBulkRepository.Drafts {

	/**
	 * Rows sent at a time (about 300 KB); the import's progress moves after each lot.
	 */
	private static final int LOT = 2000;

	/**
	 * About how many characters a need's row takes, besides its texts.
	 */
	private static final int ROW_CHARS = 160;

	private final DatabaseRepository database;

	private final List<Long> ids;

	private final String by;

	private final String time;

	private final IntConsumer written;

	private final CopyRows needs;

	private @Nullable CopyStream copy;

	CopiedDrafts(DatabaseRepository database, int most, String by, Instant at, IntConsumer written) {
		this.database = database;
		this.ids = (most > 0) ? database.reserveIds("need", most) : List.of();
		this.by = by;
		// put into words once: per row, it was a tenth of the copy's samples in a profile
		this.time = at.toString();
		this.written = written;
		this.needs = new CopyRows(Math.min(most, LOT) * ROW_CHARS);
	}

	@Override
	public void add(NewNeed need) {
		int index = this.needs.rows();
		if (index == this.ids.size()) {
			throw new IllegalStateException("More new needs than the " + this.ids.size() + " announced.");
		}
		long id = this.ids.get(index);
		NeedContent content = need.content();
		this.needs.add(id)
			.add(need.cycleId())
			.add(need.initiative())
			.add(need.pillar())
			.add(need.objective())
			.add(need.measureCode())
			.add(need.partner())
			.add(content.title())
			.add(content.description())
			.add(content.type())
			.add(content.perspective())
			.add(content.priority())
			.add(content.institution())
			.add(content.estimatedCostEur())
			.add(content.timeframe())
			.add(content.timeframeStart())
			.add(content.timeframeEnd())
			.add(need.references())
			.add(content.restricted())
			.add(NeedStatus.DRAFT)
			.add(this.by)
			.add(this.time)
			.add(this.time)
			.add(0)
			.end();
		if (this.needs.rows() % LOT == 0) {
			send();
		}
	}

	@Override
	public List<Long> finish() {
		int count = this.needs.rows();
		if (count == 0) {
			return List.of();
		}
		send();
		long copied = copy().end();
		this.copy = null;
		if (copied != count) {
			throw new IllegalStateException("The database took " + copied + " of " + count + " new needs.");
		}
		return this.ids.subList(0, count);
	}

	@Override
	public void close() {
		if (this.copy != null) {
			this.copy.close();
			this.copy = null;
		}
	}

	private void send() {
		if (this.needs.length() == 0) {
			return;
		}
		copy().send(this.needs);
		this.written.accept(this.needs.rows());
	}

	private CopyStream copy() {
		if (this.copy == null) {
			this.copy = this.database.copyStream(NeedBulkRepository.COPY_NEEDS);
		}
		return this.copy;
	}

}
