package com.wbiisg.mapping.exchange.internal.exports;

import java.io.Writer;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.wbiisg.mapping.needs.NeedFilter;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Needs;
import com.wbiisg.mapping.responses.IatiProjectRecord;
import com.wbiisg.mapping.responses.IatiProjects.IatiProjectState;
import com.wbiisg.mapping.responses.OrganisationRole;
import com.wbiisg.mapping.responses.ProjectFacts;
import com.wbiisg.mapping.responses.ProjectLinkView;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.shared.Csv;

import org.springframework.stereotype.Component;

/**
 * The CSV exports of needs, projects and their links, of what the current user may see (a
 * restricted need only to those who may see it): RFC 4180 with formulas neutralised
 * ({@link Csv}), a header row, then a row of HXL hashtags, then the records, read and
 * written a page at a time. Each export says how many records it wrote.
 */
@Component
class CsvExports {

	static final int PAGE = 500;

	static final List<String> NEED_HEADER = List.of("id", "cycle_id", "partner", "initiative", "pillar", "measure",
			"title", "type", "perspective", "priority", "institution", "estimated_cost_eur", "timeframe", "status",
			"restricted");

	static final List<String> NEED_TAGS = List.of("#meta+id", "#meta+cycle", "#country+code", "#sector+initiative",
			"#sector+pillar", "#indicator+code", "#description+need", "#meta+type", "#meta+perspective",
			"#meta+priority", "#org+beneficiary", "#value+cost+eur", "#meta+timeframe", "#status", "#meta+restricted");

	static final List<String> PROJECT_HEADER = List.of("id", "iati_identifier", "title", "reporting_organisation",
			"funders", "implementers", "partners", "initiatives", "pillars", "sectors", "status", "budget", "currency",
			"budget_eur", "start", "end");

	static final List<String> PROJECT_TAGS = List.of("#meta+id", "#activity+code", "#activity+name", "#org+reporting",
			"#org+funder", "#org+impl", "#country+code", "#sector+initiative", "#sector+pillar", "#sector", "#status",
			"#value+budget", "#currency", "#value+budget+eur", "#date+start", "#date+end");

	static final List<String> LINK_HEADER = List.of("project_id", "project_title", "need_id", "need_title", "partner",
			"coverage", "share_percent", "effective_share_percent", "note");

	static final List<String> LINK_TAGS = List.of("#meta+id+project", "#activity+name", "#meta+id+need",
			"#description+need", "#country+code", "#meta+coverage", "#value+share+pct", "#value+share+pct+effective",
			"#description+note");

	private static final String SEPARATOR = "; ";

	private final Needs needs;

	private final VisibleProjects projects;

	private final ProjectFacts facts;

	CsvExports(Needs needs, VisibleProjects projects, ProjectFacts facts) {
		this.needs = needs;
		this.projects = projects;
		this.facts = facts;
	}

	/**
	 * @return how many needs were written
	 */
	long needs(Writer out, ExportProgress progress) {
		Csv csv = new Csv(out).row(NEED_HEADER).row(NEED_TAGS);
		NeedFilter all = new NeedFilter(null, null, null, null, null, null, null);
		long total = progress.followed() ? this.needs.search(all, 0, 1).getTotalElements() : 0;
		long[] rows = { 0 };
		// In id order, a batch at a time from where the last one ended: paging by offset
		// read every earlier page again for each page (30 s for the 60,000 needs of scale
		// 100).
		this.needs.forEachVisible(all, (need) -> {
			csv.row(need.id(), need.cycleId(), need.partner(), need.initiative(), need.pillar(), need.measureCode(),
					need.title(), need.type(), need.perspective(), need.priority(), need.institution(),
					need.estimatedCostEur(), need.timeframe(), need.status(), need.restricted());
			if (++rows[0] % PAGE == 0) {
				progress.update(rows[0], total);
			}
		});
		progress.update(rows[0], total);
		return rows[0];
	}

	/**
	 * @return how many projects were written
	 */
	long projects(Writer out, ExportProgress progress) {
		Csv csv = new Csv(out).row(PROJECT_HEADER).row(PROJECT_TAGS);
		long total = progress.followed() ? this.projects.count() : 0;
		long[] rows = { 0 };
		this.projects.forEachPage(PAGE, (page) -> {
			for (IatiProjectState state : page) {
				ProjectView project = state.project();
				csv.row(project.id(), project.iatiIdentifier(), project.title(), project.reportingOrganisation(),
						names(project, OrganisationRole.FUNDING), names(project, OrganisationRole.IMPLEMENTING),
						String.join(SEPARATOR, project.partners()), String.join(SEPARATOR, project.initiatives()),
						String.join(SEPARATOR, project.pillars()),
						state.sectors()
							.stream()
							.map(IatiProjectRecord.Sector::code)
							.collect(Collectors.joining(SEPARATOR)),
						project.status(), project.budget().amount(), project.budget().currency(),
						(project.budget().amountEur() == null) ? null
								: project.budget().amountEur().setScale(2, RoundingMode.HALF_UP),
						project.start(), project.end());
				rows[0]++;
			}
			progress.update(rows[0], total);
		});
		return rows[0];
	}

	/**
	 * @return how many links were written; the progress counts the projects gone through
	 */
	long links(Writer out, ExportProgress progress) {
		Csv csv = new Csv(out).row(LINK_HEADER).row(LINK_TAGS);
		long total = progress.followed() ? this.projects.count() : 0;
		long[] projects = { 0 };
		long[] rows = { 0 };
		this.projects.forEachPage(PAGE, (page) -> {
			Map<Long, ProjectView> byId = page.stream()
				.map(IatiProjectState::project)
				.collect(Collectors.toMap(ProjectView::id, Function.identity()));
			Map<Long, List<ProjectLinkView>> links = this.facts.linksOfProjects(byId.keySet());
			List<Long> needIds = links.values().stream().flatMap(List::stream).map(ProjectLinkView::needId).toList();
			Map<Long, NeedView> visible = this.needs.findVisible(needIds)
				.stream()
				.collect(Collectors.toMap(NeedView::id, Function.identity()));
			for (IatiProjectState state : page) {
				for (ProjectLinkView link : links.getOrDefault(state.project().id(), List.of())) {
					NeedView need = visible.get(link.needId());
					if (need != null) {
						csv.row(link.projectId(), state.project().title(), link.needId(), need.title(),
								link.needPartner(), link.coverage(), link.sharePercent(), link.effectiveSharePercent(),
								link.note());
						rows[0]++;
					}
				}
			}
			projects[0] += page.size();
			progress.update(projects[0], total);
		});
		return rows[0];
	}

	private static String names(ProjectView project, OrganisationRole role) {
		return project.withRole(role)
			.stream()
			.map(ProjectView.Participant::shortName)
			.collect(Collectors.joining(SEPARATOR));
	}

}
