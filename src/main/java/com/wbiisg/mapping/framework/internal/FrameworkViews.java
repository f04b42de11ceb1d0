package com.wbiisg.mapping.framework.internal;

import java.util.List;

import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.FrameworkTree;

public final class FrameworkViews {

	private FrameworkViews() {
	}

	public static FrameworkSummary summary(FrameworkVersion f) {
		return new FrameworkSummary(f.getId(), f.getInitiative(), f.getCycle(), f.getNumber(), f.getStatus(),
				f.getAdoptedOn(), f.getAdoptionDecision(), f.getCopiedFrom(), f.getCreatedAt(), f.getCreatedBy());
	}

	static FrameworkTree tree(FrameworkVersion f) {
		return new FrameworkTree(summary(f), nodes(f, null));
	}

	private static List<FrameworkTree.Node> nodes(FrameworkVersion f, String parentCode) {
		return f.children(parentCode)
			.stream()
			.map((item) -> new FrameworkTree.Node(item.getCode(), item.getLevel(), item.getTitle(),
					item.getDescription(), item.getReference(), item.getVersion(), nodes(f, item.getCode())))
			.toList();
	}

}
