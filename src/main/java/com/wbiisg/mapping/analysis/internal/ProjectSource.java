package com.wbiisg.mapping.analysis.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.wbiisg.mapping.responses.ProjectFact;
import org.jspecify.annotations.Nullable;

/**
 * What the suggestions for a project start from, with the needs it is already linked to.
 */
public record ProjectSource(long id, String title, @Nullable String description, List<String> partners,
		List<String> initiatives, List<String> pillars, @Nullable LocalDate start, @Nullable LocalDate end,
		Set<Long> linkedNeeds) {

	public static ProjectSource of(ProjectFact project, Set<Long> linkedNeeds) {
		return new ProjectSource(project.id(), project.title(), project.description(), project.partners(),
				project.initiatives(), project.pillars(), project.start(), project.end(), Set.copyOf(linkedNeeds));
	}

}
