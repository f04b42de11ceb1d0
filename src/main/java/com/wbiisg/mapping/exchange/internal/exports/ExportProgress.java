package com.wbiisg.mapping.exchange.internal.exports;

/**
 * Where an export reports how far it got, for the progress bar of its job: rows written
 * of the rows to write (for the links, the projects whose links are written of the
 * projects to go through). A download at once follows nothing ({@link #NONE}), and the
 * export then does not count ahead what it will write.
 */
@FunctionalInterface
public interface ExportProgress {

	ExportProgress NONE = new ExportProgress() {

		@Override
		public boolean followed() {
			return false;
		}

		@Override
		public void update(long done, long total) {
		}

	};

	/**
	 * Whether anyone follows the progress, so that counting what is to be written is
	 * worth a query.
	 */
	default boolean followed() {
		return true;
	}

	/**
	 * @param done how many are written so far
	 * @param total how many there are to write (0 when there is nothing)
	 */
	void update(long done, long total);

}
