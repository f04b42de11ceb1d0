package com.wbiisg.mapping.responses;

import java.util.Collection;
import java.util.List;

import com.wbiisg.mapping.responses.IatiProjects.Outcome;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Projects checked and written from IATI activities a batch at a time, for the exchange
 * module's import of a file in one transaction: each batch is looked up in one query,
 * checked against the registry and frameworks read once, written in a few bulk statements
 * with its audit entries and one {@link ProjectsImported} event, and then let go of, so
 * that the work of a batch does not grow with what the file's transaction already holds.
 * Every record goes through the rules of a project entered by hand, as
 * {@link IatiProjects#upsert} does.
 */
public interface IatiProjectBatches {

	/**
	 * Looks up the projects that already hold some of a batch's IATI identifiers, in one
	 * query; {@link #check} and {@link #upsert} of the same batch use what it found
	 * rather than reading it again. The users who import projects see every project.
	 */
	Found lookUp(Collection<String> iatiIdentifiers);

	/**
	 * Starts reading one file: what the checks of its batches know of the registry and
	 * the frameworks is read once for the file, not once per batch.
	 */
	FileReading read();

	/**
	 * What {@link #upsert} would do to each record, writing nothing.
	 */
	List<Result> check(FileReading file, Found found, List<IatiProjectRecord> records);

	/**
	 * Creates or updates the project of each record that passes the rules, as the current
	 * user; an unchanged project is left as it is, and a record with problems writes
	 * nothing. The caller's transaction stays usable.
	 */
	List<Result> upsert(FileReading file, Found found, List<IatiProjectRecord> records);

	/**
	 * The registry and frameworks as the batches of one file know them, made by
	 * {@link #read()}; an organisation that the file registers while it is read is found
	 * when a batch first names it.
	 */
	interface FileReading {

	}

	/**
	 * The projects a batch's identifiers name, as {@link #lookUp} found them.
	 */
	interface Found {

		/**
		 * The id of the project that holds the IATI identifier (in any case), if one does
		 * and it was looked up.
		 */
		@Nullable Long projectId(String iatiIdentifier);

	}

	/**
	 * What became of one record: its outcome, or the problems that kept it out (a denial
	 * as a problem of {@code reportingOrganisationId}).
	 */
	record Result(@Nullable Outcome outcome, List<FieldProblem> problems) {

		public Result {
			problems = List.copyOf(problems);
		}

		public boolean accepted() {
			return this.outcome != null;
		}

	}

}
