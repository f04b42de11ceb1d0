package com.wbiisg.mapping.responses.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import com.wbiisg.mapping.responses.IatiProjectBatches.Result;
import com.wbiisg.mapping.responses.IatiProjectRecord;
import com.wbiisg.mapping.responses.IatiProjects.Outcome;
import com.wbiisg.mapping.responses.ProjectView;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;

/**
 * What one batch of an IATI import knows and how it checks a record: the stamps of every
 * project its identifiers name, and, for the projects that a stamp does not show
 * unchanged, the projects themselves with their linked partners, sectors and texts.
 */
final class IatiBatch {

	private final ProjectViewer viewer;

	private final ProjectRules rules;

	private final Map<String, IatiFingerprintRepository.Stamp> stamps;

	private final Map<String, Project> projects;

	private final Map<Long, Set<String>> linkedPartners;

	private final Map<Long, List<IatiProjectRecord.Sector>> sectors;

	private final Map<Long, List<IatiProjectRecord.Narrative>> narratives;

	private final IatiFileReading file;

	IatiBatch(ProjectViewer viewer, ProjectRules rules, Map<String, IatiFingerprintRepository.Stamp> stamps,
			Map<String, Project> projects, Map<Long, Set<String>> linkedPartners,
			Map<Long, List<IatiProjectRecord.Sector>> sectors, Map<Long, List<IatiProjectRecord.Narrative>> narratives,
			IatiFileReading file) {
		this.viewer = viewer;
		this.rules = rules;
		this.stamps = stamps;
		this.projects = projects;
		this.linkedPartners = linkedPartners;
		this.sectors = sectors;
		this.narratives = narratives;
		this.file = file;
	}

	/**
	 * The keys of the projects that must be read whole: those a stamp does not show
	 * unchanged for their record.
	 */
	static Set<String> toRead(Map<String, IatiFingerprintRepository.Stamp> stamps, List<IatiProjectRecord> records,
			Map<IatiProjectRecord, String> fingerprints) {
		Set<String> keys = new HashSet<>();
		for (IatiProjectRecord record : records) {
			String key = Project.iatiKey(record.iatiIdentifier());
			IatiFingerprintRepository.Stamp stamp = stamps.get(key);
			if (stamp != null && !stamp.unchangedFor(fingerprints.get(record))) {
				keys.add(key);
			}
		}
		return keys;
	}

	ProjectViewer viewer() {
		return this.viewer;
	}

	LongFunction<OrganisationName> names() {
		return this.file::name;
	}

	Checked check(IatiProjectRecord record, String fingerprint) {
		try {
			return checked(record, fingerprint);
		}
		catch (InvalidInputException ex) {
			return new Checked(new Result(null, ex.problems()), null, null, fingerprint);
		}
		catch (AccessDeniedException ex) {
			return new Checked(new Result(null, List.of(new FieldProblem("reportingOrganisationId", ex.getMessage()))),
					null, null, fingerprint);
		}
	}

	private Checked checked(IatiProjectRecord record, String fingerprint) {
		if (!this.viewer.entersProjects()) {
			throw new AccessDeniedException(UserText.of("responses.project.enterersOnly").english());
		}
		String key = Project.iatiKey(record.iatiIdentifier());
		IatiFingerprintRepository.Stamp stamp = this.stamps.get(key);
		if (stamp != null && !this.viewer.canEditReportedBy(stamp.reportingOrganisationId())) {
			throw new AccessDeniedException(
					UserText.of("responses.iati.otherOrganisation", record.iatiIdentifier()).english());
		}
		if (stamp != null && stamp.unchangedFor(fingerprint)) {
			// as the import that recorded the fingerprint left it, and the same record
			return new Checked(new Result(new Outcome(Outcome.Action.UNCHANGED, stamp.id()), List.of()), null, null,
					fingerprint);
		}
		Project project = (stamp != null) ? this.projects.get(key) : null;
		ProjectView current = (project == null) ? null : project.toView(names());
		Long id = (project == null) ? null : project.getId();
		ProjectContent content = this.rules.check(IatiProjectInputs.input(record, current), this.viewer, id,
				this.file.catalogue(), (identifier) -> Optional.ofNullable(this.stamps.get(Project.iatiKey(identifier)))
					.map(IatiFingerprintRepository.Stamp::id));
		if (project == null) {
			return new Checked(new Result(new Outcome(Outcome.Action.CREATED, null), List.of()), null, content,
					fingerprint);
		}
		IatiProjectBatching.keepsLinkedPartners(content, this.linkedPartners.getOrDefault(id, Set.of()));
		boolean same = IatiProjectInputs.same(current, content)
				&& IatiProjectInputs.sameSectors(this.sectors.getOrDefault(id, List.of()), record.sectors())
				&& this.narratives.getOrDefault(id, List.of()).equals(record.narratives());
		return new Checked(
				new Result(new Outcome(same ? Outcome.Action.UNCHANGED : Outcome.Action.UPDATED, id), List.of()),
				project, content, fingerprint);
	}

	/**
	 * A record checked: its result, the project it changes (none when new or unchanged by
	 * its stamp), the content that passed the rules and its fingerprint.
	 */
	record Checked(Result result, @Nullable Project project, @Nullable ProjectContent content, String fingerprint) {
	}

}
