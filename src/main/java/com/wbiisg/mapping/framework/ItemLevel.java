package com.wbiisg.mapping.framework;

/**
 * The levels of a framework tree, top down. The level of an item follows from its depth.
 */
public enum ItemLevel {

	PILLAR, OBJECTIVE, MEASURE, ACTION;

	public static ItemLevel ofDepth(int depth) {
		return values()[depth - 1];
	}

	public boolean hasChildren() {
		return this != ACTION;
	}

	public ItemLevel child() {
		return values()[ordinal() + 1];
	}

}
