package com.wbiisg.mapping.framework;

/**
 * The levels of a framework tree, top down.
 */
public enum ItemLevel {

	PILLAR, OBJECTIVE, MEASURE, ACTION;

	public boolean hasChildren() {
		return this != ACTION;
	}

	public ItemLevel child() {
		return values()[ordinal() + 1];
	}

}
