package com.wbiisg.mapping.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.Cycles;
import com.wbiisg.mapping.reporting.ReportAction;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.ReportStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for the reports, in the demo profile only: two drafts of the WBCTi Needs
 * Mapping Report 2021–2022. Draft 1 is dated 5 May 2021, the SG meeting in Skopje planned
 * to discuss the first draft (facts §0; that the meeting took place is not verified, so
 * the draft stays a draft). Draft 2 is dated 10 December 2021, discussed at the national
 * meetings of 16–22 December 2021 that finalised the needs report, adopted by the 6th
 * Board, Sarajevo, 20 June 2022 (facts §2), and published. The dates of generation,
 * finalisation and publication are illustrative.
 *
 * <p>
 * Both snapshots are taken from the demo data as seeded, which stand at the end of 2022:
 * the demo keeps no history to take an earlier snapshot from, so the two drafts hold the
 * same data and their comparison is empty. The needs seeder already adopted the demo
 * needs the 6th Board adopted, and left others validated to show every state; the
 * adoption of draft 2 is therefore recorded without adopting any need. Runs after the
 * coverage is computed (order 100), as the demo Secretariat, whom the needs module
 * requires to read every need, and does nothing once any draft exists.
 */
@Component
@Profile("demo")
@Order(120)
class ReportsDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReportsDemoData.class);

	static final String SECRETARIAT = "secretariat";

	static final String CYCLE = "WBCTi 2021\u20132022";

	static final Instant FIRST_DRAFT = Instant.parse("2021-05-05T08:00:00Z");

	static final Instant SECOND_DRAFT = Instant.parse("2021-12-10T09:00:00Z");

	static final String NATIONAL_MEETINGS = "National meetings on the needs report, Pristina, Belgrade and Tirana, "
			+ "16\u201322 December 2021";

	static final Instant DISCUSSED = Instant.parse("2021-12-22T16:00:00Z");

	static final Instant FINALISED = Instant.parse("2022-06-01T09:00:00Z");

	static final String SIXTH_BOARD = "6th IISG Board, Sarajevo, 20 June 2022";

	static final LocalDate ADOPTED_ON = LocalDate.of(2022, 6, 20);

	static final Instant ADOPTED = Instant.parse("2022-06-20T12:00:00Z");

	static final Instant PUBLISHED = Instant.parse("2022-06-30T09:00:00Z");

	private final ReportDraftRepository drafts;

	private final DraftWriter writer;

	private final Cycles cycles;

	private final UserDetailsService accounts;

	private final AuditTrail audit;

	ReportsDemoData(ReportDraftRepository drafts, DraftWriter writer, Cycles cycles, UserDetailsService accounts,
			AuditTrail audit) {
		this.drafts = drafts;
		this.writer = writer;
		this.cycles = cycles;
		this.accounts = accounts;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.drafts.count() > 0) {
			return;
		}
		CycleView cycle = this.cycles.list()
			.stream()
			.filter((candidate) -> CYCLE.equals(candidate.name()))
			.findFirst()
			.orElse(null);
		UserDetails secretariat = account();
		if (cycle == null || secretariat == null) {
			log.warn("No demo cycle {} or no demo account {}: no demo reports", CYCLE, SECRETARIAT);
			return;
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(secretariat, null, secretariat.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			this.writer.write(ReportKind.NEEDS_MAPPING, cycle, null, SECRETARIAT, FIRST_DRAFT, "SEED");
			ReportDraft adopted = this.writer
				.write(ReportKind.NEEDS_MAPPING, cycle, null, SECRETARIAT, SECOND_DRAFT, "SEED")
				.draft();
			step(adopted, ReportAction.DISCUSS, NATIONAL_MEETINGS, null, DISCUSSED);
			step(adopted, ReportAction.FINALISE, null, null, FINALISED);
			step(adopted, ReportAction.ADOPT, SIXTH_BOARD, ADOPTED_ON, ADOPTED);
			step(adopted, ReportAction.PUBLISH, null, null, PUBLISHED);
			log.info("Seeded the demo reports: two drafts of the {} Needs Mapping Report", CYCLE);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void step(ReportDraft draft, ReportAction action, @Nullable String decision, @Nullable LocalDate on,
			Instant at) {
		ReportStatus from = draft.getStatus();
		draft.take(action, decision, on, at);
		this.drafts.saveAndFlush(draft);
		this.audit.recordChange("SEED", ReportGeneration.RECORD, draft.getId(),
				Changes.of().field("status", from, draft.getStatus()).set("decision", decision));
	}

	private @Nullable UserDetails account() {
		try {
			return this.accounts.loadUserByUsername(SECRETARIAT);
		}
		catch (UsernameNotFoundException ex) {
			return null;
		}
	}

}
