package com.wbiisg.mapping.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.responses.IatiProjectRecord;
import com.wbiisg.mapping.responses.IatiProjects;
import com.wbiisg.mapping.responses.IatiProjects.Outcome;
import com.wbiisg.mapping.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;

/**
 * One pass over an IATI file, previewing or importing activity by activity, and what it
 * found: an item per activity, the errors, the projects written.
 */
final class IatiRun {

	private final CurrentUser uploader;

	private final IatiMapping mapping;

	private final IatiOrganisations organisations;

	private final IatiProjects projects;

	private final @Nullable String initiative;

	private final boolean write;

	private final List<ImportItem> items = new ArrayList<>();

	private final List<ImportError> errors = new ArrayList<>();

	private final Map<String, Integer> seen = new HashMap<>();

	private final Set<Long> projectIds = new LinkedHashSet<>();

	private int create;

	private int update;

	private int unchanged;

	private int skip;

	IatiRun(CurrentUser uploader, IatiMapping mapping, IatiOrganisations organisations, IatiProjects projects,
			@Nullable String initiative, boolean write) {
		this.uploader = uploader;
		this.mapping = mapping;
		this.organisations = organisations;
		this.projects = projects;
		this.initiative = initiative;
		this.write = write;
	}

	void activity(IatiActivity activity) {
		String key = (activity.identifier() != null) ? activity.identifier() : "#" + activity.position();
		String label = Optional.ofNullable(IatiTexts.preferred(activity.titles())).orElse(key);
		List<String> partners = this.mapping.partners(activity);
		if (partners.isEmpty()) {
			skipped(key, label, IatiMapping.skipReason(activity));
			return;
		}
		List<ImportError> problems = new ArrayList<>();
		Optional<IatiDraft> draft = this.mapping.draft(activity, partners, problems);
		if (activity.identifier() != null) {
			Integer first = this.seen.putIfAbsent(activity.identifier().strip().toLowerCase(Locale.ROOT),
					activity.position());
			if (first != null) {
				problems.add(error(activity, "iati-identifier",
						"The identifier " + activity.identifier() + " is also that of activity " + first + "."));
			}
		}
		draft.ifPresent((found) -> reportedByUploader(activity, found, problems));
		if (problems.isEmpty() && draft.isPresent()) {
			import_(activity, draft.get(), key, label, problems);
		}
		if (!problems.isEmpty()) {
			this.errors.addAll(problems);
			skipped(key, label, "Not imported: " + problems.size() + ((problems.size() == 1) ? " error" : " errors")
					+ " in activity " + activity.position() + ".");
		}
	}

	/**
	 * A partner focal point imports only what its organisation reports.
	 */
	private void reportedByUploader(IatiActivity activity, IatiDraft draft, List<ImportError> problems) {
		if (this.uploader.is(Role.SECRETARIAT)) {
			return;
		}
		Optional<Organisation> reporting = this.organisations.find(draft.reportingOrg());
		if (reporting.isEmpty() || reporting.get().id() != this.uploader.organisationId()) {
			problems.add(error(activity, "reporting-org",
					"The activity is reported by " + IatiMapping.label(draft.reportingOrg())
							+ "; a partner focal point imports the activities of its own organisation (the Secretariat"
							+ " records the organisation's IATI identifier in the registry)."));
		}
	}

	private void import_(IatiActivity activity, IatiDraft draft, String key, String label, List<ImportError> problems) {
		Optional<IatiProjects.IatiProjectState> existing = this.projects.find(draft.identifier());
		if (existing.isEmpty() && this.initiative == null) {
			problems.add(error(activity, "initiative",
					"The activity would be a new project: choose in the upload the initiative it supports "
							+ "(WBCTi, WBCSCi or WBBSi)."));
			return;
		}
		try {
			IatiRecords.Resolved resolved = IatiRecords.resolve(draft, this.organisations, this.write);
			Outcome outcome;
			if (this.write) {
				outcome = this.projects.upsert(resolved.record(existing.isEmpty() ? this.initiative : null));
			}
			else if (resolved.complete()) {
				outcome = this.projects.check(resolved.record(existing.isEmpty() ? this.initiative : null));
			}
			else {
				// Organisations to register first: the module checks the project on
				// confirm.
				outcome = new Outcome(existing.isEmpty() ? Outcome.Action.CREATED : Outcome.Action.UPDATED,
						existing.map((state) -> state.project().id()).orElse(null));
			}
			counted(outcome, key, label, resolved.summary());
		}
		catch (InvalidInputException ex) {
			ex.problems()
				.forEach((problem) -> problems
					.add(error(activity, IatiRecords.column(problem.field()), problem.message())));
		}
		catch (AccessDeniedException ex) {
			problems.add(error(activity, "reporting-org", ex.getMessage()));
		}
	}

	private void counted(Outcome outcome, String key, String label, String summary) {
		ImportItem.Action action = switch (outcome.action()) {
			case CREATED -> ImportItem.Action.CREATE;
			case UPDATED -> ImportItem.Action.UPDATE;
			case UNCHANGED -> ImportItem.Action.UNCHANGED;
		};
		switch (action) {
			case CREATE -> this.create++;
			case UPDATE -> this.update++;
			default -> this.unchanged++;
		}
		if (outcome.projectId() != null) {
			this.projectIds.add(outcome.projectId());
		}
		this.items.add(new ImportItem(action, key, label, summary, outcome.projectId()));
	}

	private void skipped(String key, String label, String reason) {
		this.skip++;
		this.items.add(new ImportItem(ImportItem.Action.SKIP, key, label, reason, null));
	}

	private static ImportError error(IatiActivity activity, String column, @Nullable String message) {
		return new ImportError(null, activity.position(), column, String.valueOf(message));
	}

	ImportPreview preview() {
		return new ImportPreview(this.create, this.update, this.unchanged, this.skip, this.errors, this.items);
	}

	ImportResult result() {
		return new ImportResult(this.create, this.update, this.unchanged, this.skip, List.of(),
				List.copyOf(this.projectIds));
	}

}
