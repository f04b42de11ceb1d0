package com.wbiisg.mapping.reporting.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.wbiisg.mapping.analysis.CoverageLevel;
import com.wbiisg.mapping.analysis.Figures;
import com.wbiisg.mapping.needs.NeedAudience;
import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.Timeframe;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.ReportSnapshot;
import com.wbiisg.mapping.reporting.ReportViews;
import com.wbiisg.mapping.responses.ProjectAudience;
import com.wbiisg.mapping.responses.ProjectStatus;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the platform has started, makes the PDF and XLSX of a made-up report of
 * {@value #NEEDS} needs into nothing, on the workers of {@link ReportFileMaking}: the
 * classes, the template, the fonts and the compiled code that report files need are then
 * ready before the first draft is generated. At 100 times IISG size the first files after
 * a start took twice the CPU of later ones, most of it the JIT compiling while they were
 * made. Nothing is read from the database, and nothing is kept.
 * {@code iisg.reporting.files.warm-up=false} leaves it out.
 */
@Component
class ReportWarmUp {

	static final int NEEDS = 4000;

	private static final String[] PILLARS = { "ANT", "PRE", "PRO", "RES" };

	private static final String[] PARTNERS = { "AL", "BA", "XK", "ME", "MK", "RS", "REG" };

	private final ReportFileMaking making;

	private final SnapshotCodec codec;

	private final boolean enabled;

	ReportWarmUp(ReportFileMaking making, SnapshotCodec codec, ReportFileProperties properties) {
		this.making = making;
		this.codec = codec;
		this.enabled = properties.warmUp();
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		if (this.enabled) {
			run();
		}
	}

	/**
	 * Makes the made-up report's files into nothing, on the workers.
	 */
	CompletableFuture<Void> run() {
		return this.making.warmUp(() -> {
			// The snapshot as a draft stores it and a reader reads it.
			ReportSnapshot snapshot = this.codec.read(this.codec.write(snapshot(NEEDS)));
			ReportDraft draft = new ReportDraft(ReportKind.NEEDS_MAPPING, "WBCTi", 0, null, 1, new byte[0], "warm-up",
					Instant.now());
			return ReportContent.of(draft,
					ReportViews.of(snapshot, new NeedAudience(NeedAudience.Kind.EVERYTHING, null, Set.of()),
							new ProjectAudience(true, Set.of())));
		}, Locale.ENGLISH);
	}

	/**
	 * A made-up snapshot with every kind of row: four pillars of three objectives of
	 * three measures, the needs spread over them and the partners, half as many projects,
	 * a link for every other need.
	 */
	static ReportSnapshot snapshot(int needs) {
		List<ReportSnapshot.Item> framework = new ArrayList<>();
		for (String pillar : PILLARS) {
			framework.add(new ReportSnapshot.Item(pillar, "PILLAR", "Pillar " + pillar, "What " + pillar + " is for."));
			for (int o = 1; o <= 3; o++) {
				framework.add(new ReportSnapshot.Item(pillar + "." + o, "OBJECTIVE", "Objective " + o, null));
				for (int m = 1; m <= 3; m++) {
					framework.add(new ReportSnapshot.Item(pillar + "." + o + "." + m, "MEASURE", "Measure " + m, null));
				}
			}
		}
		List<ReportSnapshot.PartnerName> partners = new ArrayList<>();
		for (String partner : PARTNERS) {
			partners.add(new ReportSnapshot.PartnerName(partner, "Partner " + partner));
		}
		List<ReportSnapshot.NeedRow> rows = new ArrayList<>();
		List<ReportSnapshot.LinkRow> links = new ArrayList<>();
		List<ReportSnapshot.ProjectRow> projects = new ArrayList<>();
		for (int i = 0; i < needs; i++) {
			String pillar = PILLARS[i % PILLARS.length];
			String objective = pillar + "." + (1 + i % 3);
			String partner = PARTNERS[i % PARTNERS.length];
			CoverageLevel coverage = CoverageLevel.values()[i % 3];
			BigDecimal cost = BigDecimal.valueOf(10_000L + 137L * i);
			rows.add(new ReportSnapshot.NeedRow(i, partner, pillar, objective, objective + "." + (1 + i % 3),
					"Training of the border police on risk analysis, need " + i,
					"Courses for " + i + " officers on the analysis of risks at the border, with equipment.",
					NeedType.values()[i % 3].name(), Perspective.values()[i % 2].name(),
					Priority.values()[i % 3].name(), "Ministry of Interior", cost, Timeframe.values()[i % 3].name(),
					(i % 2 == 0) ? "SUBMITTED" : "VALIDATED", i % 11 == 0, coverage.name(),
					cost.divide(BigDecimal.valueOf(2)), cost.divide(BigDecimal.valueOf(2)), i % 5 == 0));
			if (i % 2 == 0) {
				int project = i / 2;
				projects.add(new ReportSnapshot.ProjectRow(project, "Project " + project + " on border management",
						List.of("Funder " + (project % 9)), List.of("Implementer " + (project % 13)), List.of(partner),
						List.of("WBCTi"), List.of(pillar), LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31),
						ProjectStatus.values()[project % 3].name(), BigDecimal.valueOf(250_000L + project),
						project % 4 == 0));
				links.add(new ReportSnapshot.LinkRow(project, i, coverage.name(), BigDecimal.valueOf(50)));
			}
		}
		Figures figures = new Figures(needs, needs / 3, needs / 3, needs - 2L * (needs / 3), needs / 5,
				BigDecimal.valueOf(1_000_000), BigDecimal.valueOf(600_000), BigDecimal.valueOf(400_000));
		List<ReportSnapshot.Cell> cells = new ArrayList<>();
		List<ReportSnapshot.FundingRow> funding = new ArrayList<>();
		for (String partner : PARTNERS) {
			for (String pillar : PILLARS) {
				cells.add(new ReportSnapshot.Cell(partner, pillar, figures));
				funding.add(new ReportSnapshot.FundingRow("Funder " + partner, pillar, partner,
						BigDecimal.valueOf(12_345)));
			}
		}
		return new ReportSnapshot(ReportKind.NEEDS_MAPPING, "WBCTi", "Western Balkans Counter-terrorism initiative", 0,
				"Warm-up", null, 1, Instant.now(), "warm-up", framework, partners, rows, projects, links, figures,
				cells, funding);
	}

}
