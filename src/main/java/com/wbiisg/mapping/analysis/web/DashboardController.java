package com.wbiisg.mapping.analysis.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.wbiisg.mapping.analysis.AnalysisFilter;
import com.wbiisg.mapping.analysis.AnalysisScope;
import com.wbiisg.mapping.analysis.CoverageLevel;
import com.wbiisg.mapping.analysis.Dashboard;
import com.wbiisg.mapping.membership.MemberCategory;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.Cycles;
import com.wbiisg.mapping.shared.Inputs;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/**
 * The dashboard, the members' home page: a cycle's figures and charts, filtered without a
 * full reload (htmx swaps the content), and the drill-down into one cell of the heatmap.
 */
@Controller
@PreAuthorize(DashboardController.MEMBERS)
class DashboardController {

	static final String MEMBERS = "hasAnyRole('SECRETARIAT','BOARD','BENEFICIARY_FOCAL_POINT','PARTNER_FOCAL_POINT')";

	static final String CELL = "analysis/cell";

	static final String HELP = "analysis/help";

	private final Dashboard dashboard;

	private final AnalysisScope scope;

	private final Cycles cycles;

	private final Membership membership;

	private final DashboardContent content;

	private final DashboardPage page;

	DashboardController(Dashboard dashboard, AnalysisScope scope, Cycles cycles, Membership membership,
			DashboardContent content, DashboardPage page) {
		this.dashboard = dashboard;
		this.content = content;
		this.page = page;
		this.scope = scope;
		this.cycles = cycles;
		this.membership = membership;
	}

	@GetMapping("/dashboard")
	View dashboard(@RequestParam(required = false) @Nullable Long cycle,
			@RequestParam(required = false) @Nullable String initiative,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String pillar,
			@RequestParam(required = false) @Nullable String funder, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		List<CycleView> all = this.cycles.list();
		model.addAttribute("cycles", all);
		if (!all.isEmpty()) {
			List<Partner> partners = this.membership.partners();
			List<String> funders = this.membership.organisations()
				.stream()
				.filter((organisation) -> organisation.category().isSupportingMember()
						|| organisation.category() == MemberCategory.NON_MEMBER)
				.map(Organisation::shortName)
				.sorted()
				.toList();
			model.addAttribute("partners", partners);
			model.addAttribute("funders", funders);
			model.addAttribute("initiatives", all.stream().map(CycleView::initiative).distinct().sorted().toList());
			model.addAttribute(DashboardPage.CONTENT, content(this.scope.cycle(cycle, initiative, all), partner, pillar,
					funder, List.of(all, partners, funders), model, locale, request, response));
		}
		return this.page;
	}

	/**
	 * The content alone, for htmx to swap in when a filter changes.
	 */
	@GetMapping(path = "/dashboard", headers = "HX-Request", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<byte[]> dashboardContent(@RequestParam(required = false) @Nullable Long cycle,
			@RequestParam(required = false) @Nullable String initiative,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String pillar,
			@RequestParam(required = false) @Nullable String funder, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(content(this.scope.cycle(cycle, initiative), partner, pillar, funder, null, model, locale, request,
					response));
	}

	private byte[] content(CycleView chosen, @Nullable String partner, @Nullable String pillar, @Nullable String funder,
			@Nullable List<?> filterChoices, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		AnalysisFilter filter = this.scope.filter(chosen, partner, pillar, null, funder);
		String typedFunder = (funder == null || funder.isBlank()) ? null : funder.trim();
		Dashboard.View view = this.dashboard.view(chosen, filter);
		model.addAttribute("cycle", chosen);
		model.addAttribute("filter", filter);
		model.addAttribute("funder", typedFunder);
		model.addAttribute("view", view);
		return this.content.html(view, model.asMap(), typedFunder, filterChoices, locale, request, response);
	}

	@GetMapping("/dashboard/cell")
	String cell(@RequestParam(required = false) @Nullable Long cycle,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String pillar,
			@RequestParam(required = false) @Nullable String funder,
			@RequestParam(required = false) @Nullable String coverage,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		CycleView chosen = this.scope.cycle(cycle);
		AnalysisFilter filter = this.scope.filter(chosen, partner, pillar, null, funder);
		CoverageLevel level = Inputs.enumValue("coverage", coverage, CoverageLevel.class);
		model.addAttribute("cycle", chosen);
		model.addAttribute("filter", filter);
		model.addAttribute("level", level);
		model.addAttribute("funder", (funder == null || funder.isBlank()) ? null : funder.trim());
		model.addAttribute("partnerNames",
				this.membership.partners().stream().collect(Collectors.toMap(Partner::code, Partner::name)));
		model.addAttribute("drill", this.dashboard.cell(chosen, filter, level));
		return (htmx != null) ? CELL + " :: content" : CELL;
	}

	@GetMapping("/analysis/help")
	String help() {
		return HELP;
	}

}
