package com.wbiisg.mapping.exchange.internal.iati;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.wbiisg.mapping.exchange.ImportError;
import com.wbiisg.mapping.exchange.ImportItem;
import com.wbiisg.mapping.exchange.ImportPreview;
import com.wbiisg.mapping.exchange.ImportResult;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.responses.IatiProjectBatches;
import com.wbiisg.mapping.responses.IatiProjectRecord;
import com.wbiisg.mapping.responses.IatiProjects.Outcome;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * One pass over an IATI file, previewing or importing its activities a batch at a time,
 * and what it found: an item per activity, the errors, the projects written. Each
 * activity is read and mapped as it comes; those fit to import wait in a batch of
 * {@link #BATCH}, which is looked up, checked and (when importing) written at once by the
 * responses module, so that the work per activity stays the same however far into the
 * file it is.
 */
final class IatiRun {

	static final int BATCH = 500;

	private final CurrentUser uploader;

	private final IatiOrganisations organisations;

	private final IatiProjectBatches projects;

	private final IatiProjectBatches.FileReading file;

	private final @Nullable String initiative;

	private final boolean write;

	private final List<@Nullable ImportItem> items = new ArrayList<>();

	private final List<ImportError> errors = new ArrayList<>();

	private final Map<String, Integer> seen = new HashMap<>();

	private final Set<Long> projectIds = new LinkedHashSet<>();

	private final List<Pending> pending = new ArrayList<>();

	private int create;

	private int update;

	private int unchanged;

	private int skip;

	IatiRun(CurrentUser uploader, IatiOrganisations organisations, IatiProjectBatches projects,
			@Nullable String initiative, boolean write) {
		this.uploader = uploader;
		this.organisations = organisations;
		this.projects = projects;
		this.file = projects.read();
		this.initiative = initiative;
		this.write = write;
	}

	/**
	 * What the reading thread makes of an activity ({@link ReadAhead}): its key, label
	 * and partners, and its draft with the draft's problems when it is for a partner.
	 */
	static Mapped map(IatiMapping mapping, IatiActivity activity) {
		String key = (activity.identifier() != null) ? activity.identifier() : "#" + activity.position();
		String label = Optional.ofNullable(IatiTexts.preferred(activity.titles())).orElse(key);
		List<String> partners = mapping.partners(activity);
		if (partners.isEmpty()) {
			return new Mapped(activity.position(), activity.identifier(), key, label, IatiMapping.skipReason(activity),
					Optional.empty(), List.of());
		}
		List<ImportError> problems = new ArrayList<>();
		Optional<IatiDraft> draft = mapping.draft(activity, partners, problems);
		return new Mapped(activity.position(), activity.identifier(), key, label, null, draft, problems);
	}

	void activity(Mapped activity) {
		if (activity.skipReason() != null) {
			skipped(activity.key(), activity.label(), activity.skipReason());
			return;
		}
		List<ImportError> problems = new ArrayList<>(activity.problems());
		Optional<IatiDraft> draft = activity.draft();
		if (activity.identifier() != null) {
			Integer first = this.seen.putIfAbsent(activity.identifier().strip().toLowerCase(Locale.ROOT),
					activity.position());
			if (first != null) {
				problems.add(error(activity.position(), "iati-identifier",
						UserText.of("exchange.iati.duplicateIdentifier", activity.identifier(), first).english()));
			}
		}
		draft.ifPresent((found) -> reportedByUploader(activity.position(), found, problems));
		if (problems.isEmpty() && draft.isPresent()) {
			this.pending.add(
					new Pending(activity.position(), activity.key(), activity.label(), draft.get(), this.items.size()));
			this.items.add(null);
			if (this.pending.size() >= BATCH) {
				flush();
			}
		}
		else {
			failed(activity.position(), activity.key(), activity.label(), problems);
		}
	}

	/**
	 * Looks up, checks and writes what waits in the batch.
	 */
	private void flush() {
		if (this.pending.isEmpty()) {
			return;
		}
		IatiProjectBatches.Found found = this.projects
			.lookUp(this.pending.stream().map((waiting) -> waiting.draft().identifier()).toList());
		List<Pending> checked = new ArrayList<>();
		List<IatiProjectRecord> records = new ArrayList<>();
		for (Pending waiting : this.pending) {
			Long projectId = found.projectId(waiting.draft().identifier());
			if (projectId == null && this.initiative == null) {
				failed(waiting, List.of(error(waiting.position(), "initiative",
						UserText.of("exchange.iati.initiativeRequired").english())));
				continue;
			}
			IatiRecords.Resolved resolved = IatiRecords.resolve(waiting.draft(), this.organisations, this.write);
			if (this.write || resolved.complete()) {
				checked.add(waiting.with(resolved));
				records.add(resolved.record((projectId == null) ? this.initiative : null));
			}
			else {
				// Organisations to register first: the module checks the project on
				// confirm.
				counted(waiting, resolved,
						new Outcome((projectId == null) ? Outcome.Action.CREATED : Outcome.Action.UPDATED, projectId));
			}
		}
		List<IatiProjectBatches.Result> results = this.write ? this.projects.upsert(this.file, found, records)
				: this.projects.check(this.file, found, records);
		for (int i = 0; i < results.size(); i++) {
			Pending waiting = checked.get(i);
			IatiProjectBatches.Result result = results.get(i);
			if (result.accepted()) {
				counted(waiting, Objects.requireNonNull(waiting.resolved()), Objects.requireNonNull(result.outcome()));
			}
			else {
				failed(waiting, result.problems()
					.stream()
					.map((problem) -> error(waiting.position(), IatiRecords.column(problem.field()), problem.message()))
					.toList());
			}
		}
		this.pending.clear();
	}

	/**
	 * A partner focal point imports only what its organisation reports.
	 */
	private void reportedByUploader(int position, IatiDraft draft, List<ImportError> problems) {
		if (this.uploader.is(Role.SECRETARIAT)) {
			return;
		}
		Optional<Organisation> reporting = this.organisations.find(draft.reportingOrg());
		if (reporting.isEmpty() || reporting.get().id() != this.uploader.organisationId()) {
			problems.add(error(position, "reporting-org",
					UserText.of("exchange.iati.notUploadersOrganisation", IatiMapping.label(draft.reportingOrg()))
						.english()));
		}
	}

	private void counted(Pending waiting, IatiRecords.Resolved resolved, Outcome outcome) {
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
		this.items.set(waiting.item(),
				new ImportItem(action, waiting.key(), waiting.label(), resolved.summary(), outcome.projectId()));
	}

	private void failed(Pending waiting, List<ImportError> problems) {
		this.errors.addAll(problems);
		this.skip++;
		this.items.set(waiting.item(), new ImportItem(ImportItem.Action.SKIP, waiting.key(), waiting.label(),
				notImported(waiting.position(), problems.size()), null));
	}

	private void failed(int position, String key, String label, List<ImportError> problems) {
		this.errors.addAll(problems);
		skipped(key, label, notImported(position, problems.size()));
	}

	static String notImported(int position, int problems) {
		return ((problems == 1) ? UserText.of("exchange.iati.notImported.one", position)
				: UserText.of("exchange.iati.notImported.many", problems, position))
			.english();
	}

	private void skipped(String key, String label, String reason) {
		this.skip++;
		this.items.add(new ImportItem(ImportItem.Action.SKIP, key, label, reason, null));
	}

	private static ImportError error(int position, String column, @Nullable String message) {
		return new ImportError(null, position, column, String.valueOf(message));
	}

	/**
	 * Deals with the last batch; the errors then follow the file's order.
	 */
	IatiRun finish() {
		flush();
		this.errors.sort(Comparator.comparing(ImportError::row, Comparator.nullsFirst(Comparator.naturalOrder())));
		return this;
	}

	ImportPreview preview() {
		return new ImportPreview(this.create, this.update, this.unchanged, this.skip, this.errors, items());
	}

	ImportResult result() {
		return new ImportResult(this.create, this.update, this.unchanged, this.skip, List.of(),
				List.copyOf(this.projectIds));
	}

	private List<ImportItem> items() {
		List<ImportItem> all = new ArrayList<>(this.items.size());
		this.items.forEach((item) -> all.add(Objects.requireNonNull(item, "an activity left without its item")));
		return all;
	}

	/**
	 * An activity as the reading thread mapped it: skipped with the reason when it is for
	 * no partner, else with its draft and the draft's problems.
	 */
	record Mapped(int position, @Nullable String identifier, String key, String label, @Nullable String skipReason,
			Optional<IatiDraft> draft, List<ImportError> problems) {
	}

	/**
	 * An activity fit to import, waiting in the batch for its item at that index.
	 */
	private record Pending(int position, String key, String label, IatiDraft draft, int item,
			IatiRecords.@Nullable Resolved resolved) {

		Pending(int position, String key, String label, IatiDraft draft, int item) {
			this(position, key, label, draft, item, null);
		}

		Pending with(IatiRecords.Resolved resolution) {
			return new Pending(this.position, this.key, this.label, this.draft, this.item, resolution);
		}

	}

}
