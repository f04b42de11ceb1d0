package com.wbiisg.mapping.reporting;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.analysis.CycleAnalysis;
import com.wbiisg.mapping.analysis.Figures;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.AccountData;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.reporting.internal.ReportReading;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static com.wbiisg.mapping.support.FullSignIn.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The PDF of a report draft, read back with PDFBox: the figures of the snapshot, the
 * Kosovo* footnote once at the first mention, restricted needs only in the files of those
 * who may see them, markup typed into a need shown as text with nothing fetched, long
 * lists cut with a pointer to the XLSX (here after 4 needs per objective), and the same
 * refusals as the report itself.
 */
@IntegrationTest
@TestPropertySource(properties = "iisg.reporting.pdf.needs-per-objective=4")
class ReportPdfIntegrationTests {

	static final String FOOTNOTE = "* This designation is without prejudice to positions on status, and is "
			+ "in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.";

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

	@Autowired
	ReportDownloads downloads;

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
	void showsTheFiguresOfTheSnapshotAsTheAnalysisHasThem() throws Exception {
		long covered = this.reports.submitted(this.cycle, ReportFixtures.unique("Covered need"), false);
		long partial = this.reports.submitted(this.cycle, ReportFixtures.unique("Partly covered need"), true);
		this.reports.submitted(this.cycle, ReportFixtures.unique("Uncovered need"), false);
		this.reports.link(this.reports.project("IT", ReportFixtures.unique("Listed project"), "100000", true), covered,
				"full");
		this.reports.link(this.reports.project("UK", ReportFixtures.unique("Unlisted project"), "50000", false),
				partial, "partial");
		long draft = this.reports.generate(this.cycle);
		Figures totals = this.reading.snapshot(draft).totals();
		assertThat(totals).isEqualTo(this.analysis.totals(this.cycle));
		assertThat(totals.needs()).isEqualTo(3);

		List<String> pages = ReportFiles
			.pdfPages(this.reports.file("/api/v1/reports/" + draft + ".pdf", Who.SECRETARIAT, "application/pdf"));
		assertThat(pages.get(0)).contains("Needs Mapping Report", "Draft 1", "Draft", "Western Balkan partners:");
		assertThat(pages.get(1)).contains("Contents", "1. Executive summary", "2. Needs by pillar and objective",
				"3. Gaps", "4. Overlaps", "5. Funding", "6. Projects", "7. Annexes");
		String summary = pages.get(2);
		assertThat(summary).contains("Executive summary")
			.contains("Needs " + totals.needs() + " Covered " + totals.covered() + " "
					+ percent(totals.coveredPercent()) + " Partly covered " + totals.partial() + " "
					+ percent(totals.partialPercent()) + " Not covered " + totals.uncovered() + " "
					+ percent(totals.uncoveredPercent()) + " With overlapping projects " + totals.overlapping()
					+ " Estimated cost " + eur(totals.estimatedCostEur()) + " Mapped funding "
					+ eur(totals.mappedFundingEur()) + " Funding gap " + eur(totals.fundingGapEur()))
			.contains("Coverage of the needs by partner")
			.contains("North Macedonia 3 needs: 1 / 1 / 1")
			.contains("Mapped funding by funder");
		String all = String.join(" ", pages);
		assertThat(all).contains("A1 Figures by partner and pillar", "A2 The needs in full",
				"A3 Mapped funding by funder, pillar and partner");
	}

	@Test
	void carriesTheKosovoFootnoteOnceAtTheFirstMention() throws Exception {
		this.reports.submitted(this.cycle, ReportFixtures.unique("Exchange with Kosovo* on returnees"), false);
		long draft = this.reports.generate(this.cycle);
		List<String> pages = ReportFiles
			.pdfPages(this.reports.file("/reports/" + draft + ".pdf", Who.BOARD, "application/pdf"));
		String text = String.join(" ", pages);
		assertThat(text.split(Pattern.quote(FOOTNOTE), -1)).as("footnotes").hasSize(2);
		int first = text.indexOf("Kosovo*");
		assertThat(first).isPositive().isLessThan(text.indexOf(FOOTNOTE));
		assertThat(pages.get(0)).contains("Kosovo*").contains(FOOTNOTE);
		assertThat(text.indexOf("Kosovo*", text.indexOf(FOOTNOTE))).as("later mentions").isPositive();
	}

	@Test
	void listsRestrictedNeedsOnlyInTheFilesOfThoseWhoMaySeeThem() throws Exception {
		String title = ReportFixtures.unique("Protected witness relocation scheme");
		String description = ReportFixtures.unique("Safe houses near the northern border");
		String open = ReportFixtures.unique("Open prevention need");
		this.reports.submitted(this.cycle, title, description, "Ministry of Interior", true);
		this.reports.submitted(this.cycle, open, false);
		long draft = this.reports.generate(this.cycle);

		for (Who reader : new Who[] { Who.SECRETARIAT, Who.BOARD, Who.OWNER, Who.GROUP_MEMBER }) {
			String text = ReportFiles
				.pdfText(this.reports.file("/api/v1/reports/" + draft + ".pdf", reader, "application/pdf"));
			assertThat(text).as(reader.name()).contains(title, description, open);
		}
		for (Who reader : new Who[] { Who.OTHER_BENEFICIARY, Who.OUTSIDER }) {
			for (String path : List.of("/api/v1/reports/" + draft + ".pdf", "/reports/" + draft + ".pdf")) {
				String text = ReportFiles.pdfText(this.reports.file(path, reader, "application/pdf"));
				// The focal point of another partner sees no submitted need of MK, the
				// outsider the open one.
				assertThat(text).as(reader + " " + path)
					.doesNotContain(title)
					.doesNotContain(description)
					.doesNotContain("Protected witness")
					.doesNotContain("Safe houses")
					.contains((reader == Who.OUTSIDER) ? open : "2 needs count in the figures")
					.contains("needs count in the figures but are not listed here")
					.contains("Needs 2 Covered");
			}
		}
	}

	@Test
	void rendersMarkupTypedIntoANeedAsTextAndFetchesNothing() throws Exception {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", (exchange) -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		server.start();
		try {
			String host = "http://127.0.0.1:" + server.getAddress().getPort();
			String title = "<img src=\"" + host + "/pixel.png\"> <link rel=\"stylesheet\" href=\"" + host
					+ "/style.css\"> Обука за превенција – č ć š ž đ ë";
			String description = "<img src=\"file:///etc/passwd\"> <iframe src=\"" + host + "/frame\"></iframe>"
					+ " <style>@import url(" + host + "/import.css);</style>";
			this.reports.submitted(this.cycle, title, description, "<object data=\"" + host + "/object\"></object>",
					false);
			long draft = this.reports.generate(this.cycle);

			// Long words break anywhere in the narrow columns, so compare without spaces.
			String text = ReportFiles
				.pdfText(this.reports.file("/api/v1/reports/" + draft + ".pdf", Who.SECRETARIAT, "application/pdf"))
				.replace(" ", "");
			assertThat(text).contains(("<img src=\"" + host + "/pixel.png\">").replace(" ", ""))
				.contains("Обуказапревенција–čćšžđë")
				.contains("<imgsrc=\"file:///etc/passwd\">")
				.contains("@importurl(" + host + "/import.css);")
				.doesNotContain("root:x:0:0");
			assertThat(requests.get()).as("requests to the outside").isZero();
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void endsLongListsWithAPointerToTheXlsx() throws Exception {
		for (int i = 1; i <= 6; i++) {
			this.reports.submitted(this.cycle, ReportFixtures.unique("Need number " + i), false);
		}
		long draft = this.reports.generate(this.cycle);
		String text = ReportFiles
			.pdfText(this.reports.file("/api/v1/reports/" + draft + ".pdf", Who.SECRETARIAT, "application/pdf"));
		assertThat(text).contains("… and 2 more, see the XLSX.");
		String workbook = ReportFiles.xlsxText(ReportFiles.xlsx(this.reports.file("/api/v1/reports/" + draft + ".xlsx",
				Who.SECRETARIAT, ReportXlsxIntegrationTests.XLSX)));
		for (int i = 1; i <= 6; i++) {
			assertThat(workbook).contains("Need number " + i);
		}
	}

	@Test
	void refusesAsTheReportItselfDoes() throws Exception {
		long draft = this.reports.generate(this.cycle);
		this.mvc.perform(get("/api/v1/reports/999999999.pdf").with(this.needs.as(Who.SECRETARIAT)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/999999999.xlsx").with(this.needs.as(Who.SECRETARIAT)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/reports/" + draft + ".pdf")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/reports/" + draft + ".pdf")).andExpect(redirectedUrl("/login"));
		RequestPostProcessor observer = observer();
		this.mvc.perform(get("/reports/" + draft + ".pdf").with(observer)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/reports/" + draft + ".xlsx").with(observer)).andExpect(status().isForbidden());
		this.reports.bringTo(draft, "PUBLISHED");
		this.mvc.perform(get("/reports/" + draft + ".pdf").with(observer))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", endsWith("-draft-1.pdf\"")))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

	@Test
	void makesTheFileOfADraftOnceForEachAudienceAndAgainWhenTheDraftChanges() throws Exception {
		this.reports.submitted(this.cycle, ReportFixtures.unique("Need of a kept report file"), false);
		long draft = this.reports.generate(this.cycle);
		ReportFile first = this.needs.signedIn(Who.SECRETARIAT, () -> this.downloads.pdf(draft));
		byte[] firstBytes = first.content();
		assertThat(this.needs.signedIn(Who.SECRETARIAT, () -> this.downloads.pdf(draft)).path())
			.isEqualTo(first.path());
		assertThat(this.needs.signedIn(Who.BOARD, () -> this.downloads.pdf(draft)).path()).isEqualTo(first.path());
		assertThat(this.needs.signedIn(Who.OTHER_BENEFICIARY, () -> this.downloads.pdf(draft)).path())
			.isNotEqualTo(first.path());
		assertThat(this.needs.signedIn(Who.SECRETARIAT, () -> this.downloads.xlsx(draft)).path())
			.isEqualTo(this.needs.signedIn(Who.SECRETARIAT, () -> this.downloads.xlsx(draft)).path());

		this.reports.bringTo(draft, "DISCUSSED");
		ReportFile discussed = this.needs.signedIn(Who.SECRETARIAT, () -> this.downloads.pdf(draft));
		assertThat(discussed.path()).isNotEqualTo(first.path());
		assertThat(ReportFiles.pdfPages(discussed.content()).get(0)).contains("Discussed");
		assertThat(ReportFiles.pdfPages(firstBytes).get(0)).doesNotContain("Discussed");
		assertThat(first.path()).as("the file of the earlier version is gone").doesNotExist();
	}

	/**
	 * An observer, who reads published reports only.
	 */
	private RequestPostProcessor observer() {
		String name = "files.observer." + UUID.randomUUID().toString().substring(0, 6);
		long organisation = this.membership.organisations()
			.stream()
			.filter((o) -> o.shortName().equals("GR"))
			.findFirst()
			.orElseThrow()
			.id();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("files-setup", null,
					AuthorityUtils.createAuthorityList(Role.SECRETARIAT.authority())));
		try {
			this.accounts.create(name, NeedFixtures.PASSWORD,
					new AccountData(name, name + "@reports.test", Role.OBSERVER, organisation, null));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return user(this.users.loadUserByUsername(name));
	}

	private static String percent(double value) {
		return NumberFormat.getInstance(Locale.ENGLISH).format(value) + "%";
	}

	private static String eur(BigDecimal amount) {
		return "EUR " + new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(amount);
	}

}
