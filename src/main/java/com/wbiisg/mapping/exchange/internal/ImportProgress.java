package com.wbiisg.mapping.exchange.internal;

/**
 * Where an importer reports how far it got, for the job's progress bar.
 */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (percent) -> {
	};

	/**
	 * @param percent from 0 to 100
	 */
	void update(int percent);

}
