package com.wbiisg.mapping.needs;

import java.util.Arrays;
import java.util.List;

/**
 * The reference tags a need may carry besides free references (facts §6.5): the five
 * objectives of the 2018 Joint Action Plan, the EU acquis and a national strategy.
 */
public enum ReferenceTag {

	JAP1, JAP2, JAP3, JAP4, JAP5, ACQUIS, NATIONAL_STRATEGY;

	/**
	 * Made once: the import checks every reference of every row against them.
	 */
	private static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

	/**
	 * The tag names in the order forms show them.
	 */
	public static List<String> names() {
		return NAMES;
	}

}
