package com.wbiisg.mapping.reporting;

import java.util.Map;

/**
 * A report draft's snapshot as one reader may see it: the needs the reader may see (the
 * needs module's rule), the projects the reader may see or that are listed publicly, the
 * links between them, and every aggregate of the whole snapshot. What the reader may not
 * see counts in the figures and in the counts of needs not shown, and nowhere else, so a
 * page or file made from a view cannot show what the reader may not see.
 *
 * @param snapshot the snapshot with only the visible needs, projects and links, and the
 * aggregates (totals, cells, funding) of all
 * @param hiddenNeeds how many needs of the snapshot are not shown
 * @param hiddenNeedsByObjective the needs not shown per objective code
 * @param hiddenUncoveredByPriority the uncovered needs not shown per priority
 * @param hiddenOverlapping the needs with overlapping projects not shown
 * @param hiddenProjects how many projects of the snapshot are not shown
 */
public record ReportView(ReportSnapshot snapshot, int hiddenNeeds, Map<String, Integer> hiddenNeedsByObjective,
		Map<String, Integer> hiddenUncoveredByPriority, int hiddenOverlapping, int hiddenProjects) {

	public ReportView {
		hiddenNeedsByObjective = Map.copyOf(hiddenNeedsByObjective);
		hiddenUncoveredByPriority = Map.copyOf(hiddenUncoveredByPriority);
	}

	public int hiddenIn(String objective) {
		return this.hiddenNeedsByObjective.getOrDefault(objective, 0);
	}

	public int hiddenUncovered(String priority) {
		return this.hiddenUncoveredByPriority.getOrDefault(priority, 0);
	}

}
