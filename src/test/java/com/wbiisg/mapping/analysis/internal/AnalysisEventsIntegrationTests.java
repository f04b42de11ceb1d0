package com.wbiisg.mapping.analysis.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.wbiisg.mapping.ModuleTestSettings;
import com.wbiisg.mapping.analysis.CoverageLevel;
import com.wbiisg.mapping.analysis.internal.SuggestionIndexer.ImportedNeeds;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.needs.NeedImportBatch;
import com.wbiisg.mapping.needs.NeedImportCheck;
import com.wbiisg.mapping.needs.NeedImports;
import com.wbiisg.mapping.needs.NeedInput;
import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.internal.NeedEditing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

/**
 * The analysis module with what it depends on and the web module, as the needs module's
 * events reach it: the coverage of a need changes in the transaction of its change, the
 * suggestion index after the commit, through a publication that Spring Modulith records
 * in the database and deletes only once the index holds the change. A listener that
 * failed leaves its publication to be retried; a large import's stays until the
 * background has indexed it.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "web")
@AutoConfigureMockMvc
@ModuleTestSettings
class AnalysisEventsIntegrationTests {

	@MockitoSpyBean
	SuggestionDocuments documents;

	private final NeedFixtures fixtures;

	private final NeedEditing editing;

	private final NeedImports imports;

	private final AnalysedNeedRepository analysed;

	private final SuggestionIndex index;

	private final FailedEventPublications failed;

	private final EventSerializer serializer;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private long cycle;

	AnalysisEventsIntegrationTests(MockMvc mvc, UserDetailsService users, AccountAdministration accounts,
			Membership membership, Frameworks frameworks, NeedEditing editing, NeedImports imports,
			AnalysedNeedRepository analysed, SuggestionIndex index, FailedEventPublications failed,
			EventSerializer serializer, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.fixtures = new NeedFixtures(mvc, users, accounts, membership, frameworks);
		this.editing = editing;
		this.imports = imports;
		this.analysed = analysed;
		this.index = index;
		this.failed = failed;
		this.serializer = serializer;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	@BeforeAll
	void openCycle() throws Exception {
		this.cycle = this.fixtures.openCycle();
	}

	@AfterEach
	void restoreTheDocuments() {
		reset(this.documents);
	}

	@Test
	void computesTheCoverageOfANewNeedWithItAndIndexesItOnceCommitted(Scenario scenario) {
		scenario.stimulate(() -> enter("Covered and indexed"))
			.andWaitForStateChange(() -> this.analysed.findAll()
				.stream()
				.filter((row) -> row.getTitle().equals("Covered and indexed"))
				.findFirst()
				.orElse(null))
			.andVerify((row, need) -> {
				assertThat(row.getNeedId()).isEqualTo(need.id());
				assertThat(row.getCoverage()).isEqualTo(CoverageLevel.NONE);
				assertThat(indexed(List.of(need.id()))).containsKey(need.id());
				assertThat(publicationsOf(aboutNeed(need.id()))).as("publications left").isEmpty();
			});
	}

	@Test
	void indexesAChangeWhoseListenerFailedWhenItsPublicationIsRetried(Scenario scenario) {
		doThrow(new IllegalStateException("The index is unavailable.")).doCallRealMethod()
			.when(this.documents)
			.need(argThat((NeedFact fact) -> fact.title().equals("Indexed on retry")));

		AtomicLong entered = new AtomicLong();
		scenario.stimulate(() -> {
			NeedView need = enter("Indexed on retry");
			entered.set(need.id());
			return need;
		})
			.andWaitForStateChange(() -> publicationsOf(aboutNeed(entered.get())), (left) -> !left.isEmpty())
			.andVerify((left, need) -> {
				assertThat(left).singleElement().satisfies((publication) -> {
					assertThat(publication.get("listener_id")).asString()
						.contains("SuggestionIndexer.on(com.wbiisg.mapping.needs.NeedEntered)");
					assertThat(publication.get("status")).isEqualTo("FAILED");
				});
				assertThat(indexed(List.of(need.id()))).isEmpty();

				this.failed.resubmit(ResubmissionOptions.defaults());

				assertThat(publicationsOf(aboutNeed(need.id()))).isEmpty();
				assertThat(indexed(List.of(need.id()))).containsKey(need.id());
			});
	}

	@Test
	void completesALargeImportsPublicationOnlyOnceItsNeedsAreIndexed() throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		doAnswer((invocation) -> {
			release.await(60, TimeUnit.SECONDS);
			return invocation.callRealMethod();
		}).when(this.documents).need(argThat((NeedFact fact) -> fact.title().equals("Large import 0")));
		List<NeedImportBatch.Row> rows = new ArrayList<>();
		for (int i = 0; i <= SuggestionIndexer.LARGE_IMPORT; i++) {
			rows.add(new NeedImportBatch.Row(null, null, "PRE.2.1", "Large import " + i, null, NeedType.OPERATIONAL,
					Perspective.PREVENTION, Priority.LOW, null, null, null, null, null, List.of(), false));
		}

		NeedImportCheck done = this.fixtures.signedIn(Who.OWNER, () -> this.transactions
			.execute((status) -> this.imports.apply(new NeedImportBatch(this.cycle, "MK", rows))));
		List<Long> ids = done.rows().stream().map(NeedImportCheck.RowResult::needId).toList();

		String first = "[" + ids.get(0) + ",";
		assertThat(publicationsOf(first)).singleElement().satisfies((publication) -> {
			assertThat(publication.get("listener_id")).asString()
				.contains("SuggestionIndexer.on(" + ImportedNeeds.class.getName());
			assertThat(publication.get("status")).isEqualTo("PROCESSING");
			assertThat(publication.get("serialized_event")).asString()
				.contains(String.valueOf(ids.get(0)))
				.doesNotContain("Large import");
		});
		release.countDown();
		await().atMost(Duration.ofSeconds(60)).until(() -> publicationsOf(first).isEmpty());
		assertThat(indexed(ids)).hasSize(ids.size());
	}

	@Test
	void keepsOnlyTheIdsOfAnImportsNeedsAndReadsThemBack() {
		ImportedNeeds event = new ImportedNeeds(List.of(3L, 1L, 2L));

		assertThat(this.serializer.deserialize(this.serializer.serialize(event), ImportedNeeds.class)).isEqualTo(event);
	}

	private NeedView enter(String title) {
		return this.fixtures.signedIn(Who.OWNER,
				() -> this.editing.create(new NeedInput(this.cycle, "PRE.2.1", "MK", title,
						"A need of the events test.", NeedType.OPERATIONAL, Perspective.PREVENTION, Priority.HIGH, null,
						new BigDecimal("1000"), null, null, null, List.of(), false)));
	}

	private static String aboutNeed(long id) {
		return "\"needId\":" + id + ",";
	}

	/**
	 * The publications left whose event holds the text: the database is shared with the
	 * other tests of the run.
	 */
	private List<Map<String, Object>> publicationsOf(String text) {
		return this.jdbc.queryForList(
				"select listener_id, status, serialized_event from event_publication where serialized_event like ?",
				"%" + text + "%");
	}

	private Map<Long, ?> indexed(List<Long> ids) {
		return StoredDocuments.byIds(this.index.needs(), ids, Set.of(SuggestionDocuments.ID));
	}

}
