package com.wbiisg.mapping.needs;

import java.util.List;

/**
 * Reads the needs mapping cycles; what other modules need of them.
 */
public interface Cycles {

	/**
	 * Every cycle, newest first.
	 */
	List<CycleView> list();

	/**
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when there is no such
	 * cycle
	 */
	CycleView get(long id);

}
