package com.wbiisg.mapping.reporting.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.reporting.ReportFile;
import com.wbiisg.mapping.reporting.ReportFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * A new draft's PDF and XLSX for the Secretariat are made in the background as soon as
 * the draft is generated, and each file once: kept on disk before anyone downloads it, a
 * download while it is being made waits for that making, and a making that fails in the
 * background leaves the draft and its downloads as they were. The warm-up after a start
 * makes a made-up report and keeps nothing. The renderers are the real ones, watched to
 * count their makings (and to hold or break one).
 */
@IntegrationTest
class ReportFileMakingIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

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
	ReportFileProperties properties;

	@Autowired
	ReportWarmUp warmUp;

	@MockitoSpyBean
	ReportPdf pdf;

	@MockitoSpyBean
	ReportWorkbook workbook;

	private ReportFixtures reports;

	private long cycle;

	@BeforeEach
	void prepare() throws Exception {
		NeedFixtures needs = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.reports = new ReportFixtures(this.mvc, needs, this.membership);
		this.cycle = needs.openCycle();
		this.reports.submitted(this.cycle, ReportFixtures.unique("Need of a report made ahead"), false);
	}

	@Test
	void makesTheFilesOfANewDraftInTheBackgroundBeforeAnyoneAsks() throws Exception {
		long draft = this.reports.generate(this.cycle);

		Path pdfFile = await().atMost(PATIENCE).until(() -> kept(draft, ".pdf"), (file) -> file != null);
		Path xlsxFile = await().atMost(PATIENCE).until(() -> kept(draft, ".xlsx"), (file) -> file != null);
		assertThat(pdfFile.getFileName().toString()).endsWith("-draft-1.pdf");
		verify(this.pdf, times(1)).write(of(draft), any(), any());
		verify(this.workbook, times(1)).write(of(draft), any(), any());

		assertThat(this.reports.file("/api/v1/reports/" + draft + ".pdf", Who.SECRETARIAT, ReportFile.PDF))
			.isEqualTo(Files.readAllBytes(pdfFile));
		assertThat(this.reports.file("/reports/" + draft + ".xlsx", Who.BOARD, ReportFile.XLSX))
			.as("the Board sees what the Secretariat sees")
			.isEqualTo(Files.readAllBytes(xlsxFile));
		verify(this.pdf, times(1)).write(of(draft), any(), any());
		verify(this.workbook, times(1)).write(of(draft), any(), any());
	}

	@Test
	void aDownloadWhileTheFileIsMadeWaitsForThatMaking() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		doAnswer((invocation) -> {
			started.countDown();
			release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
			return invocation.callRealMethod();
		}).when(this.pdf).write(any(), any(), any());
		long draft = this.reports.generate(this.cycle);
		assertThat(started.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("a making started in the background")
			.isTrue();

		CompletableFuture<byte[]> early = CompletableFuture.supplyAsync(() -> download(draft));
		assertThatThrownBy(() -> early.get(2, TimeUnit.SECONDS)).as("the download waits")
			.isInstanceOf(TimeoutException.class);
		release.countDown();
		byte[] first = early.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

		assertThat(first).startsWith("%PDF".getBytes()).isEqualTo(download(draft));
		verify(this.pdf, times(1)).write(of(draft), any(), any());
	}

	@Test
	void aMakingThatFailsInTheBackgroundLeavesTheDraftAndItsDownloads() throws Exception {
		doThrow(new IllegalStateException("The disk is full")).doCallRealMethod()
			.when(this.pdf)
			.write(any(), any(), any());
		long draft = this.reports.generate(this.cycle);
		verify(this.pdf, timeout(PATIENCE.toMillis()).times(1)).write(of(draft), any(), any());
		await().atMost(PATIENCE).until(() -> kept(draft, ".xlsx"), (file) -> file != null);
		assertThat(kept(draft, ".pdf")).as("no PDF kept after the failure").isNull();

		assertThat(download(draft)).startsWith("%PDF".getBytes()).isEqualTo(download(draft));
		verify(this.pdf, times(2)).write(of(draft), any(), any());
		assertThat(kept(draft, ".pdf")).isNotNull();
	}

	@Test
	void warmsUpOnAMadeUpReportAndKeepsNothing() throws Exception {
		this.warmUp.run().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		verify(this.pdf).write(argThat((content) -> content != null && content.scope().equals("Warm-up")
				&& content.snapshot().needs().size() == ReportWarmUp.NEEDS), any(), any());
		verify(this.workbook).write(argThat((content) -> content != null && content.scope().equals("Warm-up")), any(),
				any());
		assertThat(this.properties.directory().resolve("0")).doesNotExist();
	}

	private byte[] download(long draft) {
		try {
			return this.reports.file("/api/v1/reports/" + draft + ".pdf", Who.SECRETARIAT, ReportFile.PDF);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The draft's file of the extension kept on disk, if any.
	 */
	private Path kept(long draft, String extension) throws IOException {
		Path folder = this.properties.directory().resolve(String.valueOf(draft));
		if (!Files.isDirectory(folder)) {
			return null;
		}
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> found = files.filter((file) -> file.toString().endsWith(extension)).toList();
			assertThat(found).as("files of draft %d ending in %s", draft, extension).hasSizeLessThan(2);
			return found.isEmpty() ? null : found.get(0);
		}
	}

	private static ReportContent of(long draft) {
		return argThat((content) -> content != null && content.draft().getId() == draft);
	}

}
