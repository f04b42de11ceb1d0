package com.wbiisg.mapping.needs;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;

/**
 * Reads needs as the current user may see them; what other modules need of the needs
 * module.
 */
public interface Needs {

	/**
	 * The need, if it exists and the current user may see it.
	 */
	Optional<NeedView> findVisible(long id);

	/**
	 * Those of the needs that exist and that the current user may see, in no particular
	 * order; the others are left out.
	 */
	List<NeedView> findVisible(Collection<Long> ids);

	/**
	 * One page of the needs of the filter that the current user may see.
	 */
	Page<NeedView> search(NeedFilter filter, int page, int size);

}
