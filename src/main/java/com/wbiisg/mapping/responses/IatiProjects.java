package com.wbiisg.mapping.responses;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Projects as IATI activities, for the exchange module's IATI import and export: find a
 * project by its IATI identifier, check and write one from an activity as the current
 * user under the module's rules, and read the projects the current user may see with
 * their sectors and texts in every language.
 */
public interface IatiProjects {

	/**
	 * The project with this IATI identifier (ignoring case), if the current user may see
	 * it.
	 */
	Optional<IatiProjectState> find(String iatiIdentifier);

	/**
	 * What {@link #upsert} would do, writing nothing.
	 * @throws com.wbiisg.mapping.web.InvalidInputException naming every field the
	 * module's rules refuse
	 * @throws org.springframework.security.access.AccessDeniedException when the current
	 * user may not enter this project
	 */
	Outcome check(IatiProjectRecord record);

	/**
	 * Creates the project, or updates the one with the same IATI identifier, as the
	 * current user; an unchanged project is left as it is. A refused record writes
	 * nothing and leaves the caller's transaction usable.
	 * @throws com.wbiisg.mapping.web.InvalidInputException naming every field the
	 * module's rules refuse
	 * @throws org.springframework.security.access.AccessDeniedException when the current
	 * user may not enter or change this project
	 */
	Outcome upsert(IatiProjectRecord record);

	/**
	 * The projects the current user may see with ids above {@code afterId}, in id order,
	 * at most {@code limit}: for exporting every project a batch at a time.
	 */
	List<IatiProjectState> visibleAfter(long afterId, int limit);

	/**
	 * The sectors of each of the projects (those without any left out).
	 */
	Map<Long, List<IatiProjectRecord.Sector>> sectors(Collection<Long> projectIds);

	/**
	 * What an upsert did or would do to the project.
	 */
	record Outcome(Action action, @Nullable Long projectId) {

		public enum Action {

			CREATED, UPDATED, UNCHANGED

		}

	}

	/**
	 * A project with what IATI says of it beyond its core fields.
	 */
	record IatiProjectState(ProjectView project, List<IatiProjectRecord.Sector> sectors,
			List<IatiProjectRecord.Narrative> narratives) {

		public IatiProjectState {
			sectors = List.copyOf(sectors);
			narratives = List.copyOf(narratives);
		}

	}

}
