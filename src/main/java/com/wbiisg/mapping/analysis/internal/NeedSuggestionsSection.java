package com.wbiisg.mapping.analysis.internal;

import java.util.List;
import java.util.Set;

import com.wbiisg.mapping.analysis.CoverageLevel;
import com.wbiisg.mapping.analysis.MatchSuggestions;
import com.wbiisg.mapping.analysis.Suggestion;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.needs.NeedPageSection;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.responses.Projects;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Projects that may address this need" on the page of a need that is not fully covered,
 * with a one-click link for the projects the reader may change and that the link rules
 * would accept (a submitted need of a partner the project benefits).
 */
@Component
@Order(20)
class NeedSuggestionsSection implements NeedPageSection {

	private final MatchSuggestions suggestions;

	private final AnalysedNeedRepository analysed;

	private final Projects projects;

	NeedSuggestionsSection(MatchSuggestions suggestions, AnalysedNeedRepository analysed, Projects projects) {
		this.suggestions = suggestions;
		this.analysed = analysed;
		this.projects = projects;
	}

	@Override
	public String template() {
		return "analysis/fragments/need-suggestions";
	}

	@Override
	public SuggestionSection data(NeedView need) {
		boolean covered = this.analysed.findById(need.id())
			.map((row) -> row.getCoverage() == CoverageLevel.FULL)
			.orElse(false);
		if (covered) {
			return SuggestionSection.hidden(need.id());
		}
		List<Suggestion> found = this.suggestions.projectsForNeed(need);
		Set<Long> editable = (need.status() == NeedStatus.DRAFT) ? Set.of()
				: this.projects.editableByCurrentUser(found.stream().map(Suggestion::id).toList());
		return new SuggestionSection(need.id(), true,
				found.stream()
					.map((project) -> new SuggestionSection.Row(project.id(), project.title(), project.score(),
							editable.contains(project.id()) && benefits(project.partners(), need.partner())))
					.toList());
	}

	private static boolean benefits(List<String> projectPartners, String needPartner) {
		return projectPartners.contains(needPartner) || projectPartners.contains(Partner.REGIONAL)
				|| Partner.REGIONAL.equals(needPartner);
	}

}
