package com.wbiisg.mapping.reporting.internal;

import java.time.Clock;

import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.Cycles;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.ReportViews;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Generates the next numbered draft of a report: the Needs Mapping Report of an
 * initiative's cycle, or the Response Mapping Report of an initiative's reporting year
 * (on the newest cycle of the initiative opened by the end of that year). The snapshot is
 * taken in one read-only transaction and then stored with the draft in a short one
 * ({@link DraftWriter}). Its PDF and XLSX for the Secretariat (and the Board, who see the
 * same) are then made in the background from the snapshot still in memory
 * ({@link ReportFileMaking}), so that no reader waits for them.
 */
@Service
@PreAuthorize("hasRole('SECRETARIAT')")
public class ReportGeneration {

	static final String RECORD = "ReportDraft";

	private final DraftWriter writer;

	private final Cycles cycles;

	private final Clock clock;

	private final ReportViews views;

	private final ReportFileMaking files;

	ReportGeneration(DraftWriter writer, Cycles cycles, Clock clock, ReportViews views, ReportFileMaking files) {
		this.writer = writer;
		this.cycles = cycles;
		this.clock = clock;
		this.views = views;
		this.files = files;
	}

	public ReportDraft generate(@Nullable ReportKind kind, @Nullable String initiative, @Nullable Long cycleId,
			@Nullable Integer year) {
		if (kind == null) {
			throw new InvalidInputException("kind", UserText.of("reporting.reportKind.required"));
		}
		CycleView cycle = cycle(kind, initiative, cycleId, year);
		String by = CurrentUser.get()
			.orElseThrow(() -> new AccessDeniedException(UserText.of("reporting.signInFirst").english()))
			.username();
		Integer scopeYear = (kind == ReportKind.RESPONSE_MAPPING) ? year : null;
		DraftWriter.Written written = this.writer.write(kind, cycle, scopeYear, by, this.clock.instant(), "GENERATE");
		this.files.ahead(written.draft(), written.snapshot(), this.views.audienceOfCurrentUser(),
				LocaleContextHolder.getLocale());
		return written.draft();
	}

	private CycleView cycle(ReportKind kind, @Nullable String initiative, @Nullable Long cycleId,
			@Nullable Integer year) {
		if (kind == ReportKind.NEEDS_MAPPING) {
			if (cycleId == null) {
				throw new InvalidInputException("cycleId", UserText.of("reporting.cycle.required"));
			}
			CycleView cycle = this.cycles.get(cycleId);
			if (initiative != null && !initiative.isBlank()
					&& !cycle.initiative().equalsIgnoreCase(initiative.trim())) {
				throw new InvalidInputException("initiative", UserText.of("reporting.cycle.otherInitiative",
						cycle.name(), cycle.initiative(), initiative.trim()));
			}
			return cycle;
		}
		if (initiative == null || initiative.isBlank()) {
			throw new InvalidInputException("initiative", UserText.of("reporting.initiative.required"));
		}
		if (year == null || year < 1990 || year > 2100) {
			throw new InvalidInputException("year", UserText.of("reporting.year.required"));
		}
		return this.cycles.list()
			.stream()
			.filter((candidate) -> candidate.initiative().equalsIgnoreCase(initiative.trim())
					&& candidate.opensOn().getYear() <= year)
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("year",
					UserText.of("reporting.year.noCycle", initiative.trim(), year)));
	}

}
