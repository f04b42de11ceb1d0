package com.wbiisg.mapping.analysis.web.api;

import java.util.List;

import com.wbiisg.mapping.analysis.MatchSuggestions;
import com.wbiisg.mapping.analysis.Suggestion;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Match suggestions for scripts (API.md): the projects that may address a need, the needs
 * a project may address, best first. 404 for a need or project the caller may not see.
 */
@RestController
class SuggestionApiController {

	private final MatchSuggestions suggestions;

	SuggestionApiController(MatchSuggestions suggestions) {
		this.suggestions = suggestions;
	}

	@GetMapping("/api/v1/needs/{id}/suggestions")
	List<SuggestionResponse> forNeed(@PathVariable long id) {
		return this.suggestions.projectsForNeed(id).stream().map(SuggestionResponse::of).toList();
	}

	@GetMapping("/api/v1/projects/{id}/suggestions")
	List<SuggestionResponse> forProject(@PathVariable long id) {
		return this.suggestions.needsForProject(id).stream().map(SuggestionResponse::of).toList();
	}

	/**
	 * A suggested project or need and how well it matches.
	 */
	record SuggestionResponse(long id, String title, double score) {

		static SuggestionResponse of(Suggestion suggestion) {
			return new SuggestionResponse(suggestion.id(), suggestion.title(), suggestion.score());
		}

	}

}
