package com.wbiisg.mapping.exchange.internal.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.wbiisg.mapping.exchange.ImportPreview;
import com.wbiisg.mapping.exchange.ImportResult;
import com.wbiisg.mapping.exchange.internal.ImportFile;
import com.wbiisg.mapping.exchange.internal.ImportProgress;
import com.wbiisg.mapping.exchange.internal.ImportRejected;
import com.wbiisg.mapping.exchange.internal.Importer;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.OrganisationRegistration;
import com.wbiisg.mapping.responses.IatiProjectBatches;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports IATI activity files (kind {@code iati}) as projects: a partner focal point the
 * activities its organisation reports, the Secretariat those of any reporting
 * organisation. Activities are matched to projects by their iati-identifier; those for no
 * Western Balkan partner are skipped with the reason; those with errors are reported and
 * the others imported, in the one transaction of the file. See {@link IatiMapping} for
 * how an activity becomes a project.
 */
@Component
class IatiImporter implements Importer {

	static final String KIND = "iati";

	/**
	 * The upload parameter naming the initiative of the new projects (IATI has no such
	 * notion).
	 */
	static final String INITIATIVE = "initiative";

	private final IatiProperties properties;

	private final Membership membership;

	private final OrganisationRegistration registration;

	private final IatiProjectBatches projects;

	private final Frameworks frameworks;

	IatiImporter(IatiProperties properties, Membership membership, OrganisationRegistration registration,
			IatiProjectBatches projects, Frameworks frameworks) {
		this.properties = properties;
		this.membership = membership;
		this.registration = registration;
		this.projects = projects;
		this.frameworks = frameworks;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public boolean readsWhileArriving() {
		return true;
	}

	@Override
	public ImportPreview preview(ImportFile file, ImportProgress progress) {
		return run(file, progress, false).preview();
	}

	@Override
	@Transactional
	public ImportResult confirm(ImportFile file, ImportProgress progress) {
		return run(file, progress, true).result();
	}

	private IatiRun run(ImportFile file, ImportProgress progress, boolean write) {
		CurrentUser uploader = file.uploader();
		if (!uploader.is(Role.SECRETARIAT)
				&& !(uploader.is(Role.PARTNER_FOCAL_POINT) && uploader.organisationId() != null)) {
			throw new AccessDeniedException(UserText.of("exchange.iati.denied").english());
		}
		long size = size(file);
		refuseOverLimit(file, size);
		String initiative = initiative(file);
		IatiMapping mapping = new IatiMapping(this.properties.eurRates());
		IatiRun run = new IatiRun(uploader, new IatiOrganisations(this.membership.organisations(), this.registration),
				this.projects, initiative, write);
		try (InputStream raw = file.open();
				CountingStream in = new CountingStream(raw, (size < 0) ? this.properties.maxFileSize().toBytes() : size,
						progress);
				IatiReader reader = new IatiReader(in);
				ReadAhead<IatiRun.Mapped> activities = new ReadAhead<>(reader,
						(activity) -> IatiRun.map(mapping, activity))) {
			for (IatiRun.Mapped activity = activities.next(); activity != null; activity = activities.next()) {
				run.activity(activity);
				in.report();
			}
			// an upload that announced no size is measured as it is read
			refuseOverLimit(file, in.count());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		run.finish();
		progress.update(100);
		return run;
	}

	private @Nullable String initiative(ImportFile file) {
		String given = file.parameters().get(INITIATIVE);
		if (given == null || given.isBlank()) {
			return null;
		}
		return this.frameworks.initiatives()
			.stream()
			.map((initiative) -> initiative.code())
			.filter((code) -> code.equalsIgnoreCase(given.strip()))
			.findFirst()
			.orElseThrow(
					() -> new ImportRejected(UserText.of("exchange.iati.unknownInitiative", given.strip()).english()));
	}

	private void refuseOverLimit(ImportFile file, long size) {
		if (size > this.properties.maxFileSize().toBytes()) {
			throw new ImportRejected(UserText
				.of("exchange.iati.fileTooLarge", file.originalName(), megabytes(size),
						megabytes(this.properties.maxFileSize().toBytes()))
				.english());
		}
	}

	private static long size(ImportFile file) {
		try {
			return file.size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The size in MB with one decimal, as text: a message format would give a number its
	 * own decimals and grouping.
	 */
	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

}
