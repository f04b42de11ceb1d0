package com.wbiisg.mapping.responses.internal;

import java.util.Map;

import com.wbiisg.mapping.responses.IatiProjectBatches;
import org.jspecify.annotations.Nullable;

/**
 * The stamps of the projects a batch's identifiers name, by key, read once for the batch.
 */
record IatiFound(Map<String, IatiFingerprintRepository.Stamp> stamps) implements IatiProjectBatches.Found {

	@Override
	public @Nullable Long projectId(String iatiIdentifier) {
		String key = Project.iatiKey(iatiIdentifier);
		IatiFingerprintRepository.Stamp stamp = (key != null) ? this.stamps.get(key) : null;
		return (stamp != null) ? stamp.id() : null;
	}

}
