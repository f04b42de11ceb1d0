package com.wbiisg.mapping.analysis.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.IntStream;

import com.wbiisg.mapping.framework.FrameworkAdopted;
import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.Cycles;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The texts of the framework items that suggestions match on: a need's measure (with its
 * objective) and a project's pillars, and the years of a need's cycle. Kept in memory
 * because every suggestion and every indexed need asks for them and they hardly change:
 * needs point only at measures of adopted versions, which are frozen, and a cycle keeps
 * its framework; the newest adopted version of an initiative is read afresh when another
 * is adopted. That eviction stays a synchronous listener, not a durable one: an eviction
 * lost to a failure is no lost work, since the texts are only a cache in memory.
 */
@Component
class FrameworkTexts {

	private final Cycles cycles;

	private final Frameworks frameworks;

	private final ConcurrentMap<Long, CycleView> cycleById = new ConcurrentHashMap<>();

	private final ConcurrentMap<Long, Map<String, String>> textsOfFramework = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, Map<String, String>> pillarsOfInitiative = new ConcurrentHashMap<>();

	FrameworkTexts(Cycles cycles, Frameworks frameworks) {
		this.cycles = cycles;
		this.frameworks = frameworks;
	}

	/**
	 * The title and description of the measure and the title of its objective, in the
	 * framework of the cycle; empty for an unknown code.
	 */
	String measure(long cycleId, String measureCode) {
		Map<String, String> texts = this.textsOfFramework.computeIfAbsent(cycle(cycleId).frameworkId(),
				(id) -> texts(this.frameworks.tree(id)));
		int dot = measureCode.lastIndexOf('.');
		String objective = (dot > 0) ? texts.getOrDefault("title:" + measureCode.substring(0, dot), "") : "";
		return texts.getOrDefault(measureCode, "") + "\n" + objective;
	}

	/**
	 * The title and description of the pillar in the newest adopted framework of the
	 * initiative; empty when it has none.
	 */
	String pillar(String initiative, String pillarCode) {
		return this.pillarsOfInitiative.computeIfAbsent(initiative, this::newestAdopted).getOrDefault(pillarCode, "");
	}

	/**
	 * The years whose projects may address the needs of the cycle: the years of the
	 * biennial cycle (at least two from the year it opens) and the year after, when
	 * projects answering the mapping typically start.
	 */
	List<Integer> years(long cycleId) {
		CycleView cycle = cycle(cycleId);
		int first = cycle.opensOn().getYear();
		int last = Math.max(cycle.closesOn().getYear(), first + 1) + 1;
		return IntStream.rangeClosed(first, Math.min(last, first + 10)).boxed().toList();
	}

	@EventListener
	void on(FrameworkAdopted event) {
		this.pillarsOfInitiative.remove(event.initiative());
	}

	private CycleView cycle(long cycleId) {
		return this.cycleById.computeIfAbsent(cycleId, this.cycles::get);
	}

	private Map<String, String> newestAdopted(String initiative) {
		Optional<FrameworkSummary> adopted = this.frameworks.versions(initiative)
			.stream()
			.filter((version) -> version.status() == FrameworkStatus.ADOPTED)
			.findFirst();
		return adopted.map((version) -> texts(this.frameworks.tree(version.id()))).orElse(Map.of());
	}

	/**
	 * Each item's title and description by its code, and its title alone under
	 * "title:code".
	 */
	private static Map<String, String> texts(FrameworkTree tree) {
		Map<String, String> texts = new HashMap<>();
		for (FrameworkTree.Node node : tree.flatten()) {
			String description = (node.description() == null) ? "" : node.description();
			texts.put(node.code(), node.title() + "\n" + description);
			texts.put("title:" + node.code(), node.title());
		}
		return Map.copyOf(texts);
	}

}
