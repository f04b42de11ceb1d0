package com.wbiisg.mapping.exchange.internal.templates;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.exchange.ImportCalls;
import com.wbiisg.mapping.exchange.ImportResult;
import com.wbiisg.mapping.exchange.NeedsWorkbooks;
import com.wbiisg.mapping.exchange.internal.ImportFile;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.needs.NeedFixtures;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of the work of a needs template's confirmation through the API: the
 * statements the job's worker sends grow with the chunks of the bulk writers, not with
 * the rows (a row late in a large file costs what one early in it does), the job's
 * progress moves as the rows are written, and the job's preview, written once, is not
 * written again as the job moves on. Statements are counted by a wrapper around the
 * application's data source.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedsImportShapeIntegrationTests {

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
	NeedsXlsxImporter importer;

	@Autowired
	PlatformTransactionManager transactions;

	private NeedFixtures fixtures;

	private ImportCalls calls;

	@BeforeAll
	void prepare() {
		this.fixtures = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.calls = new ImportCalls(this.mvc, this.fixtures);
	}

	@Test
	void confirmationSendsStatementsPerChunkNotPerRow() throws Exception {
		long small = statementsToConfirm(300);
		long large = statementsToConfirm(1000);

		// the first confirmation may read what later ones find cached
		assertThat(large).as("statements for 1,000 rows against %d for 300", small).isLessThanOrEqualTo(small + 2);
		assertThat(large).as("statements for 1,000 rows").isLessThan(60);
	}

	@Test
	void writesThePreviewOfAJobOnce() throws Exception {
		long job = this.calls.upload(file(10), "needs-once.xlsx", Who.OWNER);
		assertThat(ImportCalls.status(this.calls.await(job, Who.OWNER))).isEqualTo("PREVIEW_READY");
		CountingDataSource.SQL.clear();
		CountingDataSource.recording = true;
		try {
			assertThat(ImportCalls.status(this.calls.confirm(job, Who.OWNER))).isEqualTo("DONE");
		}
		finally {
			CountingDataSource.recording = false;
		}

		List<String> jobUpdates = CountingDataSource.SQL.stream()
			.map((sql) -> sql.toLowerCase(Locale.ROOT))
			.filter((sql) -> sql.startsWith("update exchange_job"))
			.toList();
		assertThat(jobUpdates).as("updates of the job from its confirmation to its end").isNotEmpty();
		assertThat(jobUpdates).noneMatch((sql) -> sql.contains("preview_json"));
	}

	@Test
	void confirmationTellsItsProgressAsTheRowsAreWritten() throws Exception {
		Path file = Files.write(Files.createTempFile("needs-progress", ".xlsx"), file(2500));
		List<Integer> told = new CopyOnWriteArrayList<>();

		ImportResult result = this.fixtures.signedIn(Who.OWNER,
				() -> new TransactionTemplate(this.transactions).execute((status) -> this.importer.confirm(
						new ImportFile(file, "needs-progress.xlsx", CurrentUser.get().orElseThrow(), Map.of()),
						told::add)));

		assertThat(result.created()).isEqualTo(2500);
		// read again (no preview was kept): the reading up to 50 %, the writing up to 90
		// %
		assertThat(told).isSorted().contains(50, 90, 95);
	}

	/**
	 * The statements the workers send to confirm a file of that many new needs, the
	 * preview read before.
	 */
	private long statementsToConfirm(int rows) throws Exception {
		long job = this.calls.upload(file(rows), "needs-" + rows + ".xlsx", Who.OWNER);
		assertThat(ImportCalls.status(this.calls.await(job, Who.OWNER))).isEqualTo("PREVIEW_READY");
		CountingDataSource.STATEMENTS.set(0);
		CountingDataSource.counting = true;
		try {
			assertThat(ImportCalls.status(this.calls.confirm(job, Who.OWNER))).isEqualTo("DONE");
			return CountingDataSource.STATEMENTS.get();
		}
		finally {
			CountingDataSource.counting = false;
		}
	}

	/**
	 * The template of a new cycle of MK with that many new needs below its rows.
	 */
	private byte[] file(int rows) throws Exception {
		long cycle = this.fixtures.openCycle();
		NeedsWorkbooks book = NeedsWorkbooks.open(this.calls.template(cycle, Who.OWNER));
		Sheet needs = book.needs();
		int below = needs.getLastRowNum() + 1;
		for (int i = 1; i <= rows; i++) {
			Row row = needs.createRow(below + i);
			book.fill(row, "Shape need " + i, "OPERATIONAL", "PREVENTION", "HIGH")
				.set(row, NeedsWorkbooks.MEASURE_CODE, (i % 2 == 0) ? "PRE.2.1" : "RES.1.2")
				.set(row, NeedsWorkbooks.DESCRIPTION, "Need " + i + " of the shape test.")
				.number(row, NeedsWorkbooks.COST, 1000 + i);
		}
		return book.bytes();
	}

	@TestConfiguration
	static class Counting {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new CountingDataSource();
		}

	}

	/**
	 * Wraps the data source: while counting, each statement executed on an exchange job's
	 * worker is counted (a JDBC batch as one, a COPY as one); while recording, the SQL of
	 * every statement prepared on any thread is kept.
	 */
	static final class CountingDataSource implements BeanPostProcessor {

		static final AtomicLong STATEMENTS = new AtomicLong();

		static final List<String> SQL = new CopyOnWriteArrayList<>();

		static volatile boolean counting;

		static volatile boolean recording;

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) {
			if (bean instanceof DataSource source && !Proxy.isProxyClass(bean.getClass())) {
				return proxy(DataSource.class, source, (connection) -> proxy(Connection.class, connection,
						(statement) -> proxy(statementType(statement), statement, null)));
			}
			return bean;
		}

		private static Class<?> statementType(Object statement) {
			if (statement instanceof CallableStatement) {
				return CallableStatement.class;
			}
			return (statement instanceof PreparedStatement) ? PreparedStatement.class : Statement.class;
		}

		private static Object proxy(Class<?> type, Object target, @Nullable UnaryOperator<Object> wrapResult) {
			InvocationHandler handler = (self, method, args) -> {
				// a COPY goes through the driver's own connection, unwrapped once per
				// copy
				boolean sends = method.getName().startsWith("execute") || method.getName().equals("unwrap");
				if (counting && sends && Thread.currentThread().getName().startsWith("exchange-job-")) {
					STATEMENTS.incrementAndGet();
				}
				if (recording && method.getName().startsWith("prepare") && args != null && args.length > 0
						&& args[0] instanceof String sql) {
					SQL.add(sql);
				}
				try {
					Object result = method.invoke(target, args);
					boolean wraps = wrapResult != null && !method.getName().equals("unwrap")
							&& (result instanceof Connection || result instanceof Statement);
					return wraps ? wrapResult.apply(result) : result;
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			};
			return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
		}

	}

}
