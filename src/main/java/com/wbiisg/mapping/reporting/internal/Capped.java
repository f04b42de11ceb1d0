package com.wbiisg.mapping.reporting.internal;

import java.util.List;

/**
 * The first items of a long list, and how many more there are.
 *
 * @param <T> the type of the items
 * @param items the items shown
 * @param more how many items are left out
 */
public record Capped<T>(List<T> items, int more) {

	public Capped {
		items = List.copyOf(items);
	}

	public static <T> Capped<T> of(List<T> all, int max) {
		return (all.size() <= max) ? new Capped<>(all, 0) : new Capped<>(all.subList(0, max), all.size() - max);
	}

	public boolean isEmpty() {
		return this.items.isEmpty() && this.more == 0;
	}

}
