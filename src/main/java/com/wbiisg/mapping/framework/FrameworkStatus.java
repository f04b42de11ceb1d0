package com.wbiisg.mapping.framework;

/**
 * A framework version is drafted, then adopted (and frozen); a later adoption for the
 * same initiative and cycle supersedes it.
 */
public enum FrameworkStatus {

	DRAFT, ADOPTED, SUPERSEDED;

	public boolean isFrozen() {
		return this != DRAFT;
	}

}
