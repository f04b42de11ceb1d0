package com.wbiisg.mapping.analysis.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.analysis.CoverageLevel;
import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFacts;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.needs.NeedImportBatch;
import com.wbiisg.mapping.needs.NeedImportCheck;
import com.wbiisg.mapping.needs.NeedImports;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Needs;
import com.wbiisg.mapping.needs.NeedsImported;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.Timeframe;
import com.wbiisg.mapping.shared.InvalidInputException;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A needs import larger than one statement or batch of the bulk writers (10,001 rows), as
 * the needs template import makes it through the needs module's API in one transaction:
 * every need is stored as given, awkward text included, with its creation step; its
 * coverage row is written in the same transaction; the suggestion index takes the needs
 * in the background; and a rolled-back import leaves nothing behind.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
class LargeNeedImportIntegrationTests {

	private static final int ROWS = 10_001;

	/**
	 * Rows on both sides of the chunks of the bulk writers (1,000 rows on H2, lots of
	 * 2,000 sent to PostgreSQL's copy), which carry awkward values.
	 */
	private static final Set<Integer> AWKWARD = Set.of(0, 999, 1000, 1999, 2000, 9999, 10_000);

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
	NeedImports imports;

	@Autowired
	Needs needs;

	@Autowired
	NeedFacts facts;

	@Autowired
	AnalysedNeedRepository analysed;

	@Autowired
	SuggestionIndex index;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private NeedFixtures fixtures;

	private List<String> measures;

	private long cycle;

	private List<NeedImportBatch.Row> rows;

	private List<Long> ids;

	@BeforeAll
	void importLargeBatch() throws Exception {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		long framework = this.frameworks.versions("WBCTi")
			.stream()
			.filter((version) -> version.status() == FrameworkStatus.ADOPTED && version.version() == 1)
			.findFirst()
			.orElseThrow()
			.id();
		this.measures = this.frameworks.tree(framework)
			.flatten()
			.stream()
			.filter((node) -> node.level() == ItemLevel.MEASURE)
			.map(FrameworkTree.Node::code)
			.toList();
		this.cycle = this.fixtures.openCycle();
		this.rows = rows("Imported");
		NeedImportCheck done = asOwner(
				() -> inTransaction(() -> this.imports.apply(new NeedImportBatch(this.cycle, "MK", this.rows))));
		this.ids = done.rows().stream().map(NeedImportCheck.RowResult::needId).toList();
	}

	@Test
	void storesEveryNeedOfTheBatchAsGiven() {
		Map<Long, NeedView> stored = asOwner(() -> this.needs.findVisible(this.ids)).stream()
			.collect(Collectors.toMap(NeedView::id, Function.identity()));
		assertThat(stored).hasSize(ROWS);
		for (int i = 0; i < ROWS; i++) {
			NeedView need = stored.get(this.ids.get(i));
			NeedImportBatch.Row row = this.rows.get(i);
			assertThat(need.title()).isEqualTo(row.title());
			assertThat(need.measureCode()).isEqualTo(row.measureCode());
			assertThat(need.status()).isEqualTo(NeedStatus.DRAFT);
			if (AWKWARD.contains(i)) {
				assertThat(need.description()).isEqualTo(row.description());
				assertThat(need.institution()).isEqualTo(row.institution());
				assertThat(need.estimatedCostEur()).isEqualByComparingTo(row.estimatedCostEur());
				assertThat(need.timeframe()).isEqualTo(row.timeframe());
				assertThat(need.timeframeStart()).isEqualTo(row.timeframeStart());
				assertThat(need.timeframeEnd()).isEqualTo(row.timeframeEnd());
				assertThat(need.references()).isEqualTo(row.references());
				assertThat(need.restricted()).isTrue();
				assertThat(need.pillar() + "|" + need.objective()).isEqualTo(pillarAndObjective(row.measureCode()));
				assertThat(need.createdBy()).isEqualTo(this.fixtures.username(Who.OWNER));
			}
			else if (i % 2 == 0) {
				assertThat(need.description()).isNull();
				assertThat(need.estimatedCostEur()).isNull();
				assertThat(need.references()).isEmpty();
			}
		}
	}

	@Test
	void tellsEveryNewNeedsCreationInItsHistoryFromItsOwnRow() throws Exception {
		Long steps = this.jdbc.queryForObject(
				"select count(*) from need_transition t join need n on n.id = t.need_id where n.cycle_id = ?",
				Long.class, this.cycle);
		assertThat(steps).isZero();
		for (int i : AWKWARD) {
			String history = this.mvc
				.perform(get("/api/v1/needs/" + this.ids.get(i) + "/history").with(this.fixtures.as(Who.OWNER)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat((List<String>) JsonPath.read(history, "$[*].to")).containsExactly("DRAFT");
			assertThat((List<String>) JsonPath.read(history, "$[*].by"))
				.containsExactly(this.fixtures.username(Who.OWNER));
			assertThat((List<String>) JsonPath.read(history, "$[*].at"))
				.containsExactly(asOwner(() -> this.needs.get(this.ids.get(i))).createdAt().toString());
		}
	}

	@Test
	void computesTheCoverageOfEveryNewNeedInTheImportingTransaction() {
		Map<Long, AnalysedNeed> coverage = this.analysed.findAllById(this.ids)
			.stream()
			.collect(Collectors.toMap(AnalysedNeed::getNeedId, Function.identity()));
		assertThat(coverage).hasSize(ROWS);
		for (int i = 0; i < ROWS; i++) {
			AnalysedNeed row = coverage.get(this.ids.get(i));
			BigDecimal cost = this.rows.get(i).estimatedCostEur();
			assertThat(row.getTitle()).isEqualTo(this.rows.get(i).title());
			assertThat(row.getStatus()).isEqualTo(NeedStatus.DRAFT);
			assertThat(row.getCoverage()).isEqualTo(CoverageLevel.NONE);
			assertThat(row.getMappedFundingEur()).isEqualByComparingTo(BigDecimal.ZERO);
			if (cost == null) {
				assertThat(row.getFundingGapEur()).isNull();
			}
			else {
				assertThat(row.getFundingGapEur()).isEqualByComparingTo(cost);
			}
			assertThat(row.isRestricted()).isEqualTo(this.rows.get(i).restricted());
		}
	}

	@Test
	void indexesEveryNewNeedForSuggestionsInTheBackground() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		Map<Long, Document> indexed = Map.of();
		while (indexed.size() < ROWS && System.nanoTime() < deadline) {
			Thread.sleep(100);
			indexed = StoredDocuments.byIds(this.index.needs(), this.ids, Set.of(SuggestionDocuments.ID));
		}
		assertThat(indexed).hasSize(ROWS);
	}

	@Test
	void announcesTheNewNeedsWithTheFactsTheyAreStoredWith(ApplicationEvents events) throws Exception {
		long other = this.fixtures.openCycle();
		NeedImportCheck done = asOwner(() -> inTransaction(
				() -> this.imports.apply(new NeedImportBatch(other, "MK", rows("Announced").subList(0, 1001)))));
		List<Long> created = done.rows().stream().map(NeedImportCheck.RowResult::needId).toList();

		NeedsImported event = events.stream(NeedsImported.class).reduce((first, second) -> second).orElseThrow();
		assertThat(event.createdIds()).isEqualTo(created);
		assertThat(event.created()).isEqualTo(this.facts.facts(created));
		assertThat(event.updated()).isEmpty();
	}

	@Test
	void leavesNothingBehindWhenTheImportingTransactionRollsBack() throws Exception {
		long other = this.fixtures.openCycle();
		assertThatThrownBy(() -> asOwner(() -> inTransaction(() -> {
			this.imports.apply(new NeedImportBatch(other, "MK", rows("Rolled back")));
			throw new IllegalStateException("The job failed after the import.");
		}))).hasMessageContaining("The job failed");

		assertThat(count("select count(*) from need where cycle_id = ?", other)).isZero();
		assertThat(count(
				"select count(*) from need_transition t join need n on n.id = t.need_id" + " where n.cycle_id = ?",
				other))
			.isZero();
		assertThat(count("select count(*) from analysis_need where cycle_id = ?", other)).isZero();
	}

	@Test
	void writesNothingWhenARowAfterThousandsOfWrittenOnesHasAProblem() throws Exception {
		long other = this.fixtures.openCycle();
		List<NeedImportBatch.Row> rows = new ArrayList<>(rows("Late problem"));
		NeedImportBatch.Row last = rows.get(ROWS - 1);
		rows.set(ROWS - 1,
				new NeedImportBatch.Row(null, null, "NO.SUCH.MEASURE", last.title(), null, NeedType.OPERATIONAL,
						Perspective.PREVENTION, Priority.LOW, null, null, null, null, null, List.of(), false));

		assertThatThrownBy(
				() -> asOwner(() -> inTransaction(() -> this.imports.apply(new NeedImportBatch(other, "MK", rows)))))
			.isInstanceOf(InvalidInputException.class)
			.satisfies((ex) -> assertThat(((InvalidInputException) ex).problems())
				.extracting(InvalidInputException.FieldProblem::field)
				.containsExactly("rows[" + (ROWS - 1) + "].measureCode"));

		assertThat(count("select count(*) from need where cycle_id = ?", other)).isZero();
		assertThat(count("select count(*) from analysis_need where cycle_id = ?", other)).isZero();
		NeedImportCheck again = asOwner(() -> inTransaction(
				() -> this.imports.apply(new NeedImportBatch(other, "MK", rows.subList(0, ROWS - 1)))));
		assertThat(again.rows()).hasSize(ROWS - 1);
		assertThat(count("select count(*) from need where cycle_id = ?", other)).isEqualTo(ROWS - 1);
	}

	private List<NeedImportBatch.Row> rows(String prefix) {
		List<NeedImportBatch.Row> rows = new ArrayList<>(ROWS);
		for (int i = 0; i < ROWS; i++) {
			String measure = this.measures.get(i % this.measures.size());
			if (AWKWARD.contains(i)) {
				rows.add(new NeedImportBatch.Row(null, null, measure,
						prefix + " \"quoted\" {braces}, commas; back\\slash NULL 'apostrophe' – Кривична постапка " + i,
						"Two lines,\nwith a tab\tand {\"an\", \"array\"}\\", NeedType.LEGISLATIVE, Perspective.RESPONSE,
						Priority.HIGH, "NULL", new BigDecimal("0.5"), Timeframe.SHORT, LocalDate.of(2025, 2, 28),
						LocalDate.of(2026, 12, 31), List.of("JAP2", "a, b {c}", "NATIONAL_STRATEGY"), true));
			}
			else if (i % 2 == 0) {
				rows.add(new NeedImportBatch.Row(null, null, measure, prefix + " need " + i, null, NeedType.OPERATIONAL,
						Perspective.PREVENTION, Priority.LOW, null, null, null, null, null, List.of(), false));
			}
			else {
				rows.add(new NeedImportBatch.Row(null, null, measure, prefix + " need " + i, "Need " + i,
						NeedType.INSTITUTIONAL, Perspective.PREVENTION, Priority.MEDIUM, "Ministry of Interior",
						BigDecimal.valueOf(10_000 + i), Timeframe.MEDIUM, null, null, List.of("JAP1"), false));
			}
		}
		return rows;
	}

	private static String pillarAndObjective(String measure) {
		String[] parts = measure.split("\\.");
		return parts[0] + "|" + parts[0] + "." + parts[1];
	}

	private long count(String sql, long cycle) {
		return this.jdbc.queryForObject(sql, Long.class, cycle);
	}

	private <T> T inTransaction(Supplier<T> work) {
		return new TransactionTemplate(this.transactions).execute((status) -> work.get());
	}

	private <T> T asOwner(Supplier<T> work) {
		UserDetails owner = this.users.loadUserByUsername(this.fixtures.username(Who.OWNER));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
