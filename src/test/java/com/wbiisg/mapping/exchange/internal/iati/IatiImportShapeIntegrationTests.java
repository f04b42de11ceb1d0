package com.wbiisg.mapping.exchange.internal.iati;

import java.io.IOException;
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
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import com.wbiisg.mapping.IntegrationTest;
import com.wbiisg.mapping.exchange.ImportResult;
import com.wbiisg.mapping.exchange.internal.ImportProgress;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.identity.internal.AccountAdministration;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.needs.NeedFixtures.Who;
import com.wbiisg.mapping.needs.NeedFixtures;
import com.wbiisg.mapping.responses.ProjectsImported;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of an IATI import's work: the number of SQL statements it sends grows with
 * the batches, not with the activities (so an activity late in a large file costs what
 * one early in it does), and the persistence context of the file's one transaction never
 * holds more than one batch of projects. Statements are counted on the importing thread
 * by a counting wrapper around the application's data source.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IatiImportShapeIntegrationTests {

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
	IatiImporter importer;

	@Autowired
	Counting counting;

	@Autowired
	JdbcTemplate jdbc;

	private IatiFiles files;

	@BeforeAll
	void prepare() {
		NeedFixtures needs = new NeedFixtures(this.mvc, this.users, this.accounts, this.membership, this.frameworks);
		this.files = new IatiFiles(this.users, needs);
	}

	@Test
	void sendsStatementsPerBatchNotPerActivity() throws IOException {
		String run = UUID.randomUUID().toString().substring(0, 8);
		long small = statementsToImport(file("small-" + run, 300, "First"));
		long large = statementsToImport(file("large-" + run, 1000, "First"));

		assertThat(large).as("statements for 1,000 activities against %d for 300", small)
			.isLessThanOrEqualTo(3 * small);
		assertThat(large).as("statements for 1,000 activities").isLessThan(1000 / 4);
	}

	@Test
	void holdsNoMoreThanOneBatchOfProjectsWhileImportingAFile() throws IOException {
		String run = UUID.randomUUID().toString().substring(0, 8);
		statementsToImport(file("held-" + run, 1200, "First"));
		this.counting.heldAtEachBatch.clear();

		ImportResult changed = confirm(file("held-" + run, 1200, "Changed"));

		assertThat(changed.updated()).isEqualTo(1200);
		assertThat(this.counting.heldAtEachBatch).hasSize(3)
			.allSatisfy((held) -> assertThat(held).as("projects in the persistence context as a batch is written")
				.isLessThanOrEqualTo(IatiRun.BATCH));
	}

	@Test
	void readsNoProjectWholeWhenTheSameFileComesAgainButUpdatesOneChangedSince() throws IOException {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Path file = file("again-" + run, 1000, "First");
		long first = statementsToImport(file);

		this.counting.statements.set(0);
		this.counting.countOn(Thread.currentThread());
		ImportResult again;
		try {
			again = confirm(file);
		}
		finally {
			this.counting.countOn(null);
		}

		assertThat(again.unchanged()).isEqualTo(1000);
		assertThat(again.created() + again.updated()).isZero();
		assertThat(this.counting.statements.get())
			.as("statements to find 1,000 activities unchanged, against %d to import them", first)
			.isLessThanOrEqualTo(first / 2);

		this.jdbc.update("update project set title = 'Changed by hand', version = version + 1 where iati_key = ?",
				("XM-IISG-SHAPE-again-" + run + "-7").toLowerCase(Locale.ROOT));
		ImportResult afterEdit = confirm(file);
		assertThat(afterEdit.updated()).isEqualTo(1);
		assertThat(afterEdit.unchanged()).isEqualTo(999);
		assertThat(this.jdbc.queryForObject("select title from project where iati_key = ?", String.class,
				("XM-IISG-SHAPE-again-" + run + "-7").toLowerCase(Locale.ROOT)))
			.isEqualTo("First police training 7");
		assertThat(confirm(file).unchanged()).isEqualTo(1000);
	}

	private long statementsToImport(Path file) {
		this.counting.statements.set(0);
		this.counting.countOn(Thread.currentThread());
		try {
			ImportResult result = confirm(file);
			assertThat(result.created() + result.updated()).isPositive();
			return this.counting.statements.get();
		}
		finally {
			this.counting.countOn(null);
		}
	}

	private ImportResult confirm(Path file) {
		return this.files.as(Who.SECRETARIAT, () -> this.importer
			.confirm(this.files.file(file, Who.SECRETARIAT, Map.of("initiative", "WBCTi")), ImportProgress.NONE));
	}

	/**
	 * A file of that many activities of Italy for North Macedonia, each with its own
	 * identifier under the prefix, titled with the word given.
	 */
	private static Path file(String prefix, int activities, String title) throws IOException {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<iati-activities version=\"2.03\">\n");
		for (int i = 1; i <= activities; i++) {
			xml.append("""
					<iati-activity default-currency="EUR">
					  <iati-identifier>XM-IISG-SHAPE-%s-%d</iati-identifier>
					  <reporting-org ref="XM-DAC-6-4" type="10"><narrative>Italy</narrative></reporting-org>
					  <title><narrative>%s police training %d</narrative></title>
					  <description><narrative>Training of police officers in North Macedonia.</narrative></description>
					  <participating-org role="1" type="10"><narrative>Italy</narrative></participating-org>
					  <activity-status code="2"/>
					  <activity-date type="1" iso-date="2021-01-01"/>
					  <activity-date type="3" iso-date="2022-12-31"/>
					  <recipient-country code="MK"/>
					  <sector vocabulary="1" code="15210" percentage="100"/>
					  <budget type="1"><period-start iso-date="2021-01-01"/><period-end iso-date="2022-12-31"/>
					    <value value-date="2021-01-01">100000</value></budget>
					</iati-activity>
					""".formatted(prefix, i, title, i));
		}
		xml.append("</iati-activities>\n");
		Path file = Files.createTempFile("iati-shape", ".xml");
		Files.writeString(file, xml);
		return file;
	}

	/**
	 * Counts the statements the importing thread sends (a JDBC batch as one, a COPY as
	 * one), and how many entities the persistence context holds as each batch is written.
	 */
	@TestConfiguration
	static class Counting {

		final AtomicLong statements = CountingDataSource.STATEMENTS;

		final List<Integer> heldAtEachBatch = new CopyOnWriteArrayList<>();

		@Autowired
		EntityManager entities;

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new CountingDataSource();
		}

		void countOn(@Nullable Thread thread) {
			CountingDataSource.thread = thread;
		}

		@EventListener
		void batchWritten(ProjectsImported event) {
			this.heldAtEachBatch.add((int) this.entities.unwrap(Session.class)
				.getStatistics()
				.getEntityKeys()
				.stream()
				.filter((key) -> ((EntityKey) key).getEntityName().endsWith(".Project"))
				.count());
		}

	}

	/**
	 * Wraps the data source so that each statement executed on the thread counted is
	 * counted.
	 */
	static final class CountingDataSource implements BeanPostProcessor {

		static final AtomicLong STATEMENTS = new AtomicLong();

		static volatile @Nullable Thread thread;

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
				if (sends && Thread.currentThread() == thread) {
					STATEMENTS.incrementAndGet();
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
