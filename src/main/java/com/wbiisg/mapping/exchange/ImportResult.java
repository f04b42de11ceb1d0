package com.wbiisg.mapping.exchange;

import java.util.List;

/**
 * What a confirmed import did: the counts, and the needs and projects it created or
 * updated (for links to them and for match suggestions).
 */
public record ImportResult(int created, int updated, int unchanged, int skipped, List<Long> needIds,
		List<Long> projectIds) {

	public ImportResult {
		needIds = List.copyOf(needIds);
		projectIds = List.copyOf(projectIds);
	}

}
