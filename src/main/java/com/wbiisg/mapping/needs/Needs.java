package com.wbiisg.mapping.needs;

import java.util.Optional;

/**
 * Reads needs as the current user may see them; what other modules need of the needs
 * module.
 */
public interface Needs {

	/**
	 * The need, if it exists and the current user may see it.
	 */
	Optional<NeedView> findVisible(long id);

}
