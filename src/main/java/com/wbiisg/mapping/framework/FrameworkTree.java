package com.wbiisg.mapping.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A framework version with its whole tree, items ordered as the Secretariat arranged
 * them.
 */
public record FrameworkTree(FrameworkSummary framework, List<Node> items) {

	/**
	 * Every item of the tree, depth first.
	 */
	public List<Node> flatten() {
		List<Node> all = new ArrayList<>();
		this.items.forEach((node) -> node.collect(all));
		return all;
	}

	public Optional<Node> find(String code) {
		return flatten().stream().filter((node) -> node.code().equals(code)).findFirst();
	}

	/**
	 * One item of the tree and its children.
	 */
	public record Node(String code, ItemLevel level, String title, @Nullable String description,
			@Nullable String reference, long version, List<Node> children) {

		void collect(List<Node> all) {
			all.add(this);
			this.children.forEach((child) -> child.collect(all));
		}

	}

}
