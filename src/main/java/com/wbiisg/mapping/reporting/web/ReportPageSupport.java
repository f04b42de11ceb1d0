package com.wbiisg.mapping.reporting.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.Initiative;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.Cycles;
import com.wbiisg.mapping.reporting.ReportDraftView;
import com.wbiisg.mapping.reporting.ReportKind;

import org.springframework.stereotype.Component;

/**
 * What the report pages share: the name of the report a draft belongs to ("WBCTi
 * 2021–2022" for a cycle, "WBCTi 2022" for a reporting year), the drafts grouped by
 * report, and the initiatives and cycles to choose from.
 */
@Component
class ReportPageSupport {

	static final String MEMBERS = "hasAnyRole('SECRETARIAT','BOARD','BENEFICIARY_FOCAL_POINT','PARTNER_FOCAL_POINT')";

	static final String SECRETARIAT = "hasRole('SECRETARIAT')";

	private final Cycles cycles;

	private final Frameworks frameworks;

	ReportPageSupport(Cycles cycles, Frameworks frameworks) {
		this.cycles = cycles;
		this.frameworks = frameworks;
	}

	List<CycleView> cycles() {
		return this.cycles.list();
	}

	List<String> initiatives() {
		return this.frameworks.initiatives().stream().map(Initiative::code).toList();
	}

	Map<Long, String> cycleNames() {
		Map<Long, String> names = new HashMap<>();
		this.cycles.list().forEach((cycle) -> names.put(cycle.id(), cycle.name()));
		return names;
	}

	/**
	 * The name of the report the draft belongs to.
	 */
	static String scope(ReportDraftView draft, Map<Long, String> cycleNames) {
		if (draft.kind() == ReportKind.RESPONSE_MAPPING) {
			return draft.initiative() + " " + draft.year();
		}
		return cycleNames.getOrDefault(draft.cycleId(), draft.initiative());
	}

	/**
	 * The drafts grouped by report, in the order given.
	 */
	List<Report> reports(List<ReportDraftView> drafts) {
		Map<Long, String> names = cycleNames();
		Map<String, List<ReportDraftView>> byReport = new LinkedHashMap<>();
		for (ReportDraftView draft : drafts) {
			byReport
				.computeIfAbsent(draft.kind() + "|" + draft.initiative() + "|" + draft.scopeKey(),
						(key) -> new ArrayList<>())
				.add(draft);
		}
		List<Report> reports = new ArrayList<>();
		byReport.values()
			.forEach((list) -> reports.add(new Report(list.get(0).kind(), list.get(0).initiative(),
					scope(list.get(0), names), List.copyOf(list))));
		return reports;
	}

	/**
	 * One report with its drafts, newest first.
	 */
	record Report(ReportKind kind, String initiative, String scope, List<ReportDraftView> drafts) {
	}

}
