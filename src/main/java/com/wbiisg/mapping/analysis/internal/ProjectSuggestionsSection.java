package com.wbiisg.mapping.analysis.internal;

import java.util.List;

import com.wbiisg.mapping.analysis.MatchSuggestions;
import com.wbiisg.mapping.responses.ProjectPageSection;
import com.wbiisg.mapping.responses.ProjectStatus;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.responses.Projects;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Needs this project may address" on the page of a project that still runs, with a
 * one-click link when the reader may change the project (only needs a link would accept
 * are suggested).
 */
@Component
@Order(20)
class ProjectSuggestionsSection implements ProjectPageSection {

	private static final List<ProjectStatus> ENDED = List.of(ProjectStatus.CLOSED, ProjectStatus.CANCELLED);

	private final MatchSuggestions suggestions;

	private final Projects projects;

	ProjectSuggestionsSection(MatchSuggestions suggestions, Projects projects) {
		this.suggestions = suggestions;
		this.projects = projects;
	}

	@Override
	public String template() {
		return "analysis/fragments/project-suggestions";
	}

	@Override
	public SuggestionSection data(ProjectView project) {
		if (ENDED.contains(project.status())) {
			return SuggestionSection.hidden(project.id());
		}
		boolean editable = this.projects.editableByCurrentUser(List.of(project.id())).contains(project.id());
		return new SuggestionSection(project.id(), true,
				this.suggestions.needsForProject(project.id())
					.stream()
					.map((need) -> new SuggestionSection.Row(need.id(), need.title(), need.score(), editable))
					.toList());
	}

}
