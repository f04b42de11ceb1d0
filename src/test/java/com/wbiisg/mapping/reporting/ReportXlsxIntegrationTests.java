package com.wbiisg.mapping.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.analysis.CycleAnalysis;
import com.wbiisg.mapping.analysis.Figures;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.reporting.internal.ReportReading;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The XLSX of a report draft, read back with POI: the figures of the snapshot as numeric
 * cells, a sheet per pillar and the full lists, the Kosovo* footnote on the summary,
 * restricted needs only for those who may see them, and no formula built from what a user
 * typed. Shares the Spring context of {@link ReportPdfIntegrationTests}.
 */
@IntegrationTest
@TestPropertySource(properties = "iisg.reporting.pdf.needs-per-objective=4")
class ReportXlsxIntegrationTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Membership membership;

	@Autowired
	Frameworks frameworks;

	@Autowired
	ReportReading reading;

	@Autowired
	CycleAnalysis analysis;

	private NeedFixtures needs;

	private ReportFixtures reports;

	private long cycle;

	@BeforeEach
	void prepare() throws Exception {
		this.needs = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.reports = new ReportFixtures(this.mvc, this.needs, this.membership);
		this.cycle = this.needs.openCycle();
	}

	@Test
	void holdsTheFiguresOfTheSnapshotAsNumbers() throws Exception {
		long covered = this.reports.submitted(this.cycle, ReportFixtures.unique("Covered need"), false);
		long partial = this.reports.submitted(this.cycle, ReportFixtures.unique("Partly covered need"), false);
		long uncovered = this.reports.submitted(this.cycle, ReportFixtures.unique("Uncovered need"), false);
		this.reports.link(this.reports.project("IT", ReportFixtures.unique("Listed project"), "100000", true), covered,
				"full");
		this.reports.link(this.reports.project("UK", ReportFixtures.unique("Unlisted project"), "50000", false),
				partial, "partial");
		long draft = this.reports.generate(this.cycle);
		ReportSnapshot snapshot = this.reading.snapshot(draft);
		Figures totals = snapshot.totals();
		assertThat(totals).isEqualTo(this.analysis.totals(this.cycle));

		Map<String, List<List<Object>>> sheets = ReportFiles
			.xlsx(this.reports.file("/api/v1/reports/" + draft + ".xlsx", Who.SECRETARIAT, XLSX));
		assertThat(sheets.keySet()).startsWith("Summary", "Partners and pillars")
			.endsWith("All needs", "All projects", "Funding")
			.anyMatch((name) -> name.startsWith("PRE "));
		List<List<Object>> summary = sheets.get("Summary");
		assertThat(ReportFiles.valueAfter(summary, "Needs")).isEqualTo((double) totals.needs());
		assertThat(ReportFiles.valueAfter(summary, "Covered")).isEqualTo((double) totals.covered());
		assertThat(ReportFiles.valueAfter(summary, "Partly covered")).isEqualTo((double) totals.partial());
		assertThat(ReportFiles.valueAfter(summary, "Not covered")).isEqualTo((double) totals.uncovered());
		assertThat(ReportFiles.valueAfter(summary, "With overlapping projects"))
			.isEqualTo((double) totals.overlapping());
		assertThat(ReportFiles.valueAfter(summary, "Estimated cost (EUR)"))
			.isEqualTo(totals.estimatedCostEur().doubleValue());
		assertThat(ReportFiles.valueAfter(summary, "Mapped funding (EUR)"))
			.isEqualTo(totals.mappedFundingEur().doubleValue());
		assertThat(ReportFiles.valueAfter(summary, "Funding gap (EUR)"))
			.isEqualTo(totals.fundingGapEur().doubleValue());
		assertThat(ReportFiles.valueAfter(summary, "Projects")).isEqualTo(2.0);

		List<Object> cell = sheets.get("Partners and pillars")
			.stream()
			.filter((row) -> row.size() > 2 && "North Macedonia".equals(row.get(0)) && "PRE".equals(row.get(1)))
			.findFirst()
			.orElseThrow();
		assertThat(cell.subList(2, 6)).containsExactly(3.0, 1.0, 1.0, 1.0);

		String pillar = sheets.keySet().stream().filter((name) -> name.startsWith("PRE ")).findFirst().orElseThrow();
		assertThat(rowOf(sheets.get(pillar), 3, uncovered)).containsSubsequence("PRE.2", "North Macedonia", "PRE.2.1")
			.contains("Not covered", 120000.0);
		assertThat(rowOf(sheets.get("All needs"), 0, covered)).contains("Covered", 120000.0,
				snapshotNeed(snapshot, covered).mappedFundingEur().doubleValue());
		assertThat(sheets.get("All projects").stream().filter((row) -> !row.isEmpty() && row.get(0) instanceof Double))
			.hasSize(2);
		double byFunder = sheets.get("Funding")
			.stream()
			.takeWhile((row) -> !row.isEmpty())
			.filter((row) -> row.size() > 3 && row.get(3) instanceof Double)
			.mapToDouble((row) -> (Double) row.get(3))
			.sum();
		assertThat(byFunder).isEqualTo(snapshot.funding()
			.stream()
			.map(ReportSnapshot.FundingRow::amountEur)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.doubleValue(), org.assertj.core.data.Offset.offset(0.001));
		assertThat(ReportFiles.xlsxText(sheets)).doesNotContain("FORMULA:");
	}

	@Test
	void carriesKosovoWithItsAsteriskAndTheFootnoteOnTheSummary() throws Exception {
		this.reports.submitted(this.cycle, ReportFixtures.unique("Need"), false);
		long draft = this.reports.generate(this.cycle);
		List<List<Object>> summary = ReportFiles.xlsx(this.reports.file("/reports/" + draft + ".xlsx", Who.BOARD, XLSX))
			.get("Summary");
		String partners = (String) ReportFiles.valueAfter(summary, "Western Balkan partners:");
		assertThat(partners).contains("Kosovo*");
		int row = summary.indexOf(summary.stream()
			.filter((r) -> !r.isEmpty() && "Western Balkan partners:".equals(r.get(0)))
			.findFirst()
			.orElseThrow());
		assertThat(summary.get(row + 1).get(0)).isEqualTo(ReportPdfIntegrationTests.FOOTNOTE);
	}

	@Test
	void neutralisesFormulaTextTypedIntoANeed() throws Exception {
		long need = this.reports.submitted(this.cycle, "=cmd|' /C calc'!A0", "+HYPERLINK(\"http://evil.test\")",
				"@SUM(1+1)", false);
		long draft = this.reports.generate(this.cycle);
		Map<String, List<List<Object>>> sheets = ReportFiles
			.xlsx(this.reports.file("/api/v1/reports/" + draft + ".xlsx", Who.SECRETARIAT, XLSX));
		assertThat(rowOf(sheets.get("All needs"), 0, need)).contains("'=cmd|' /C calc'!A0",
				"'+HYPERLINK(\"http://evil.test\")", "'@SUM(1+1)");
		String pillar = sheets.keySet().stream().filter((name) -> name.startsWith("PRE ")).findFirst().orElseThrow();
		assertThat(rowOf(sheets.get(pillar), 3, need)).contains("'=cmd|' /C calc'!A0");
		String text = ReportFiles.xlsxText(sheets);
		assertThat(text).doesNotContain("FORMULA:");
		assertThat(text.lines().filter((line) -> "=+-@".indexOf(line.isEmpty() ? 'x' : line.charAt(0)) >= 0))
			.as("text cells a spreadsheet would run")
			.isEmpty();
	}

	@Test
	void listsRestrictedNeedsOnlyInTheFilesOfThoseWhoMaySeeThem() throws Exception {
		String title = ReportFixtures.unique("Protected witness relocation scheme");
		String description = ReportFixtures.unique("Safe houses near the northern border");
		String open = ReportFixtures.unique("Open prevention need");
		this.reports.submitted(this.cycle, title, description, "Ministry of Interior", true);
		this.reports.submitted(this.cycle, open, false);
		long draft = this.reports.generate(this.cycle);

		for (Who reader : new Who[] { Who.SECRETARIAT, Who.PILLAR_LEAD, Who.OWNER }) {
			String text = ReportFiles
				.xlsxText(ReportFiles.xlsx(this.reports.file("/api/v1/reports/" + draft + ".xlsx", reader, XLSX)));
			assertThat(text).as(reader.name()).contains(title, description, open);
		}
		for (Who reader : new Who[] { Who.OTHER_BENEFICIARY, Who.OUTSIDER }) {
			Map<String, List<List<Object>>> sheets = ReportFiles
				.xlsx(this.reports.file("/reports/" + draft + ".xlsx", reader, XLSX));
			assertThat(ReportFiles.xlsxText(sheets)).as(reader.name())
				.doesNotContain("Protected witness")
				.doesNotContain("Safe houses")
				.contains((reader == Who.OUTSIDER) ? open : "2 needs count in the figures")
				.contains("needs count in the figures but are not listed here, as you may not see them.");
			assertThat(ReportFiles.valueAfter(sheets.get("Summary"), "Needs")).isEqualTo(2.0);
		}
	}

	private static List<Object> rowOf(List<List<Object>> sheet, int idColumn, long id) {
		return sheet.stream()
			.filter((row) -> row.size() > idColumn && Double.valueOf(id).equals(row.get(idColumn)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row of need " + id));
	}

	private static ReportSnapshot.NeedRow snapshotNeed(ReportSnapshot snapshot, long id) {
		return snapshot.needs().stream().filter((need) -> need.id() == id).findFirst().orElseThrow();
	}

}
