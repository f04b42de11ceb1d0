package com.wbiisg.mapping.needs;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo needs: one open WBCTi cycle with needs of all six partners and regional ones,
 * in every state of the workflow, each with a history that the workflow allows, read
 * through the API as the Secretariat.
 */
@SpringBootTest(properties = { "iisg.demo.password=" + NeedsDemoDataIntegrationTests.PASSWORD,
		"spring.datasource.url=jdbc:h2:mem:iisg-needs-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@DisabledIfSystemProperty(named = "iisg.test.database", matches = "postgres",
		disabledReason = "runs on its own in-memory H2 database, so the PostgreSQL run would only repeat it")
class NeedsDemoDataIntegrationTests {

	static final String PASSWORD = "Demo-Data-Test-1";

	private static final Instant FIRST = Instant.parse("2021-03-10T00:00:00Z");

	private static final Instant LAST = Instant.parse("2021-07-01T00:00:00Z");

	private static final Instant ADOPTED_AT = Instant.parse("2022-06-20T00:00:00Z");

	private static final String DECISION = "6th IISG Board, Sarajevo, 20 June 2022";

	private static final Set<String> REVIEWERS = Set.of("si.focal", "at.focal");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void opensOneWbctiCycleOnTheAdoptedFramework() throws Exception {
		String cycles = read("/api/v1/cycles");
		assertThat(JsonPath.<List<Object>>read(cycles, "$")).hasSize(1);
		assertThat(JsonPath.<String>read(cycles, "$[0].name")).isEqualTo("WBCTi 2021\u20132022");
		assertThat(JsonPath.<String>read(cycles, "$[0].initiative")).isEqualTo("WBCTi");
		assertThat(JsonPath.<String>read(cycles, "$[0].status")).isEqualTo("OPEN");
		assertThat(JsonPath.<String>read(cycles, "$[0].opensOn")).isEqualTo("2021-03-04");
		assertThat(JsonPath.<String>read(cycles, "$[0].closesOn")).isEqualTo("2021-09-04");
		String framework = read("/api/v1/frameworks/" + frameworkId() + "/tree");
		assertThat(JsonPath.<String>read(framework, "$.status")).isEqualTo("ADOPTED");
	}

	@Test
	void coversEveryPartnerPillarAndStatus() throws Exception {
		List<Map<String, Object>> needs = needs();
		assertThat(needs).hasSizeGreaterThanOrEqualTo(40);
		assertThat(count(needs, "partner")).containsOnlyKeys("AL", "BA", "XK", "ME", "MK", "RS", "REG");
		assertThat(count(needs, "partner").get("REG")).isGreaterThanOrEqualTo(3);
		assertThat(count(needs, "pillar")).containsOnlyKeys("ANT", "PRE", "PRO", "RES");
		Map<String, Integer> statuses = count(needs, "status");
		assertThat(statuses).containsOnlyKeys("DRAFT", "SUBMITTED", "RETURNED", "VALIDATED", "ADOPTED");
		assertThat(statuses.get("DRAFT")).isGreaterThanOrEqualTo(8);
		assertThat(statuses.get("SUBMITTED")).isGreaterThanOrEqualTo(8);
		assertThat(statuses.get("RETURNED")).isGreaterThanOrEqualTo(4);
		assertThat(statuses.get("VALIDATED")).isGreaterThanOrEqualTo(10);
		assertThat(statuses.get("ADOPTED")).isGreaterThanOrEqualTo(4);
		assertThat(needs.stream().filter((need) -> Boolean.TRUE.equals(need.get("restricted"))).count())
			.isGreaterThanOrEqualTo(5);
		needs.stream()
			.filter((need) -> "ADOPTED".equals(need.get("status")))
			.forEach((need) -> assertThat(need.get("adoptionDecision")).isEqualTo(DECISION));
	}

	@Test
	void placesEveryNeedUnderAMeasureOfTheCyclesFramework() throws Exception {
		String tree = read("/api/v1/frameworks/" + frameworkId() + "/tree");
		Set<String> measures = new HashSet<>(JsonPath.read(tree, "$..[?(@.level == 'MEASURE')].code"));
		assertThat(measures).contains("ANT.1.1", "PRE.3.1", "RES.2.3");
		for (Map<String, Object> need : needs()) {
			String measure = (String) need.get("measureCode");
			assertThat(measures).as("measure of need %s", need.get("id")).contains(measure);
			assertThat(measure).startsWith(need.get("objective") + ".");
			assertThat((String) need.get("objective")).startsWith(need.get("pillar") + ".");
		}
	}

	@Test
	void recordsAHistoryOfLegalStepsForEveryNeed() throws Exception {
		for (Map<String, Object> need : needs()) {
			String partner = (String) need.get("partner");
			String owner = "REG".equals(partner) ? "secretariat" : partner.toLowerCase() + ".focal";
			List<Map<String, Object>> history = JsonPath.read(read("/api/v1/needs/" + need.get("id") + "/history"),
					"$");
			String describe = "history of need " + need.get("id") + " (" + partner + ", " + need.get("status") + ")";
			Map<String, Object> creation = history.get(0);
			assertThat(creation.get("action")).as(describe).isNull();
			assertThat(creation.get("from")).as(describe).isNull();
			assertThat(creation.get("to")).as(describe).isEqualTo("DRAFT");
			assertThat(creation.get("by")).as(describe).isEqualTo(owner);
			assertThat(need.get("createdBy")).as(describe).isEqualTo(owner);
			assertThat(history.get(history.size() - 1).get("to")).as(describe).isEqualTo(need.get("status"));
			Instant previous = Instant.parse((String) creation.get("at"));
			assertThat(previous).as(describe).isBetween(FIRST, LAST);
			for (int i = 1; i < history.size(); i++) {
				Map<String, Object> step = history.get(i);
				assertThat(step.get("from")).as(describe).isEqualTo(history.get(i - 1).get("to"));
				Instant at = Instant.parse((String) step.get("at"));
				assertThat(at).as(describe).isAfterOrEqualTo(previous);
				previous = at;
				switch ((String) step.get("action")) {
					case "SUBMIT", "WITHDRAW" -> {
						assertThat(step.get("by")).as(describe).isEqualTo(owner);
						assertThat(at).as(describe).isBetween(FIRST, LAST);
					}
					case "VALIDATE", "RETURN" -> {
						assertThat(REVIEWERS).as(describe).contains((String) step.get("by"));
						assertThat(at).as(describe).isBetween(FIRST, LAST);
					}
					case "ADOPT" -> {
						assertThat(step.get("by")).as(describe).isEqualTo("secretariat");
						assertThat(step.get("reason")).as(describe).isEqualTo(DECISION);
						assertThat(at).as(describe).isAfterOrEqualTo(ADOPTED_AT);
					}
					default -> throw new AssertionError("Unexpected action in " + describe + ": " + step);
				}
			}
			if ("RETURNED".equals(need.get("status"))) {
				Map<String, Object> last = history.get(history.size() - 1);
				assertThat(last.get("action")).as(describe).isEqualTo("RETURN");
				assertThat((String) last.get("reason")).as(describe).isNotBlank();
				assertThat((String) need.get("returnReason")).as(describe).isEqualTo(last.get("reason"));
			}
		}
	}

	@Test
	void addsNothingWhenRunAgain() throws Exception {
		String cycles = read("/api/v1/cycles");
		String needs = read("/api/v1/needs?cycle=" + cycleId() + "&size=500");
		String firstHistory = read("/api/v1/needs/" + JsonPath.read(needs, "$.items[0].id") + "/history");
		this.context.getBean("needsDemoData", ApplicationRunner.class).run(new DefaultApplicationArguments());
		assertThat(read("/api/v1/cycles")).isEqualTo(cycles);
		assertThat(read("/api/v1/needs?cycle=" + cycleId() + "&size=500")).isEqualTo(needs);
		assertThat(read("/api/v1/needs/" + JsonPath.read(needs, "$.items[0].id") + "/history")).isEqualTo(firstHistory);
	}

	private long frameworkId() throws Exception {
		return JsonPath.<Number>read(read("/api/v1/cycles"), "$[0].frameworkId").longValue();
	}

	private long cycleId() throws Exception {
		return JsonPath.<Number>read(read("/api/v1/cycles"), "$[0].id").longValue();
	}

	private List<Map<String, Object>> needs() throws Exception {
		String page = read("/api/v1/needs?cycle=" + cycleId() + "&size=500");
		List<Map<String, Object>> items = JsonPath.read(page, "$.items");
		assertThat(JsonPath.<Number>read(page, "$.total").longValue()).isEqualTo(items.size());
		return items;
	}

	private static Map<String, Integer> count(List<Map<String, Object>> needs, String field) {
		Map<String, Integer> counts = new TreeMap<>();
		needs.forEach((need) -> counts.merge((String) need.get(field), 1, Integer::sum));
		return counts;
	}

	private String read(String path) throws Exception {
		return this.mvc.perform(get(path).with(secretariat()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static RequestPostProcessor secretariat() {
		return httpBasic("secretariat", PASSWORD);
	}

}
