package com.wbiisg.mapping.responses;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Projects as IATI activities, for the exchange module's IATI export and checks: find a
 * project by its IATI identifier, and read the projects the current user may see with
 * their sectors and texts in every language. They are written from activities through
 * {@link IatiProjectBatches}.
 */
public interface IatiProjects {

	/**
	 * The project with this IATI identifier (ignoring case), if the current user may see
	 * it.
	 */
	Optional<IatiProjectState> find(String iatiIdentifier);

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
	 * What an import did or would do to the project.
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
