package com.wbiisg.mapping.responses;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
 * The demo response mapping: the two real projects of the facts with their exact figures,
 * the illustrative WBCTi portfolio, links to the demo needs that the linking rules allow
 * and that give a mix of covered, partly covered, overlapping and unlinked needs, and the
 * rounds 2021 and 2022 with their confirmations, read through the API as the Secretariat.
 */
@SpringBootTest(properties = { "iisg.demo.password=" + ResponsesDemoDataIntegrationTests.PASSWORD,
		"spring.datasource.url=jdbc:h2:mem:iisg-responses-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@DisabledIfSystemProperty(named = "iisg.test.database", matches = "postgres",
		disabledReason = "runs on its own in-memory H2 database, so the PostgreSQL run would only repeat it")
class ResponsesDemoDataIntegrationTests {

	static final String PASSWORD = "Demo-Data-Test-2";

	private static final String SERIOUS_CRIME = "Countering Serious Crime in the Western Balkans \u2013 IPA 2019";

	private static final String AML_CFT = "UNODC regional AML/CFT programme";

	private static final Set<String> WBCTI_REPORTERS = Set.of("SI", "AT", "IT", "UK", "OSCE", "GIZ", "UNODC", "DCAF",
			"EC");

	private static final Set<String> LINKABLE = Set.of("SUBMITTED", "VALIDATED", "ADOPTED");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void registersCounteringSeriousCrimeAsTheFactsGiveIt() throws Exception {
		Map<String, Object> project = project(SERIOUS_CRIME);
		assertThat(names(project, "FUNDING")).containsExactly("EC", "BMZ", "IT");
		assertThat(names(project, "IMPLEMENTING")).containsExactly("GIZ", "IT", "CILC");
		assertThat(JsonPath.<List<String>>read(project, "$.organisations[?(@.shortName == 'BMZ')].name"))
			.containsExactly("German Federal Ministry for Economic Cooperation and Development");
		assertThat(project.get("reportingOrganisation")).isEqualTo("GIZ");
		assertThat(project.get("initiatives")).isEqualTo(List.of("WBCSCi"));
		assertThat(project.get("partners")).isEqualTo(List.of("AL", "BA", "XK", "ME", "MK", "RS"));
		assertThat(project.get("plannedStart")).isEqualTo("2020-07-01");
		assertThat(project.get("plannedEnd")).isEqualTo("2023-06-30");
		assertThat(project.get("actualStart")).isEqualTo("2020-07-01");
		assertThat(project.get("status")).isEqualTo("IMPLEMENTATION");
		assertThat(project.get("reportingYears")).isEqualTo(List.of(2020, 2021, 2022, 2023));
		assertThat(decimal(JsonPath.read(project, "$.budget.amount"))).isEqualByComparingTo("17915000");
		assertThat(JsonPath.<String>read(project, "$.budget.currency")).isEqualTo("EUR");
		assertThat((String) project.get("description")).contains("supports the IISG mechanism");
		assertThat(details(project).get("links")).isEqualTo(List.of());
	}

	@Test
	void registersTheUnodcAmlCftProgrammeAsTheFactsGiveIt() throws Exception {
		Map<String, Object> project = project(AML_CFT);
		assertThat(names(project, "FUNDING")).containsExactly("EC");
		assertThat(names(project, "ACCOUNTABLE")).containsExactly("UNODC");
		assertThat(names(project, "IMPLEMENTING")).containsExactly("UNODC");
		assertThat(project.get("initiatives")).isEqualTo(List.of("WBCSCi"));
		assertThat(project.get("partners")).isEqualTo(List.of("REG"));
		assertThat(project.get("plannedStart")).isEqualTo("2017-12-01");
		assertThat(project.get("actualEnd")).isEqualTo("2019-12-31");
		assertThat(project.get("status")).isEqualTo("CLOSED");
		assertThat(decimal(JsonPath.read(project, "$.budget.amount"))).isEqualByComparingTo("2631578.95");
		assertThat((String) project.get("description")).contains("EUR 2.5 million");
	}

	@Test
	void buildsAnIllustrativeWbctiPortfolioOfTheSupportingMembers() throws Exception {
		List<Map<String, Object>> projects = projects();
		assertThat(projects).hasSize(17);
		List<Map<String, Object>> wbcti = wbcti(projects);
		assertThat(wbcti).hasSize(15);
		assertThat(wbcti.stream().map((p) -> (String) p.get("reportingOrganisation")).collect(Collectors.toSet()))
			.isEqualTo(WBCTI_REPORTERS);
		assertThat(wbcti.stream().map((p) -> (String) p.get("status")).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("PIPELINE", "IMPLEMENTATION", "FINALISATION", "CLOSED");
		for (Map<String, Object> project : wbcti) {
			String describe = "project " + project.get("title");
			assertThat(names(project, "FUNDING")).as(describe).isNotEmpty();
			assertThat((List<String>) project.get("pillars")).as(describe)
				.isNotEmpty()
				.isSubsetOf("ANT", "PRE", "PRO", "RES");
			assertThat((List<Integer>) project.get("reportingYears")).as(describe).isNotEmpty().isSubsetOf(2021, 2022);
			assertThat(LocalDate.parse(start(project))).as(describe).isAfterOrEqualTo(LocalDate.of(2020, 1, 1));
			assertThat(LocalDate.parse(end(project))).as(describe).isBeforeOrEqualTo(LocalDate.of(2023, 12, 31));
		}
		assertThat(wbcti).anyMatch((p) -> "PIPELINE".equals(p.get("status")) && stages(p).equals(Set.of("PLEDGED")));
		assertThat(wbcti).anyMatch((p) -> "PIPELINE".equals(p.get("status")) && stages(p).contains("COMMITTED"));
		List<Map<String, Object>> pounds = wbcti.stream()
			.filter((p) -> "GBP".equals(JsonPath.read(p, "$.budget.currency")))
			.toList();
		assertThat(pounds).isNotEmpty();
		for (Map<String, Object> project : pounds) {
			BigDecimal amount = decimal(JsonPath.read(project, "$.budget.amount"));
			assertThat(decimal(JsonPath.read(project, "$.budget.amountEur")))
				.isEqualByComparingTo(amount.multiply(new BigDecimal("1.16")));
		}
		assertThat(wbcti.stream().filter((p) -> Boolean.FALSE.equals(p.get("public"))).count()).isEqualTo(2);
		String page = this.mvc.perform(get("/api/v1/public/projects").param("size", "500"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Number>read(page, "$.total").intValue()).isEqualTo(15);
	}

	@Test
	void linksOnlyWhatTheLinkingRulesAllow() throws Exception {
		Map<Long, Map<String, Object>> needs = needs();
		for (Map<String, Object> project : projects()) {
			Map<String, Object> details = details(project);
			String describe = "project " + project.get("title");
			assertThat(details.get("hiddenLinks")).as(describe).isEqualTo(0);
			List<String> partners = (List<String>) project.get("partners");
			BigDecimal given = BigDecimal.ZERO;
			for (Map<String, Object> link : links(details)) {
				Map<String, Object> need = needs.get(((Number) link.get("needId")).longValue());
				assertThat(need).as(describe + ": need of the WBCTi demo cycle").isNotNull();
				assertThat(LINKABLE).as(describe).contains((String) need.get("status"));
				String partner = (String) need.get("partner");
				assertThat(partners.contains(partner) || partners.contains("REG") || "REG".equals(partner))
					.as(describe + " benefits " + partner)
					.isTrue();
				if (link.get("sharePercent") != null) {
					given = given.add(decimal(link.get("sharePercent")));
				}
			}
			assertThat(given).as(describe).isLessThanOrEqualTo(new BigDecimal("100"));
			String enteredBy = (String) project.get("createdBy");
			if (enteredBy.endsWith(".focal")) {
				assertThat(enteredBy)
					.isEqualTo(((String) project.get("reportingOrganisation")).toLowerCase() + ".focal");
				String asMember = read("/api/v1/projects/" + project.get("id"), httpBasic(enteredBy, PASSWORD));
				assertThat(JsonPath.<Integer>read(asMember, "$.hiddenLinks")).as(describe + " as " + enteredBy)
					.isZero();
			}
		}
	}

	@Test
	void leavesAMixOfCoveredPartlyCoveredOverlappingAndUnlinkedNeeds() throws Exception {
		Map<Long, Map<String, Object>> needs = needs();
		Map<Long, List<Linked>> byNeed = new HashMap<>();
		int withShare = 0;
		int withoutShare = 0;
		boolean splitGiven = false;
		for (Map<String, Object> project : projects()) {
			BigDecimal given = BigDecimal.ZERO;
			for (Map<String, Object> link : links(details(project))) {
				byNeed.computeIfAbsent(((Number) link.get("needId")).longValue(), (id) -> new ArrayList<>())
					.add(new Linked(project, (String) link.get("coverage")));
				if (link.get("sharePercent") == null) {
					withoutShare++;
				}
				else {
					withShare++;
					given = given.add(decimal(link.get("sharePercent")));
				}
			}
			splitGiven |= given.compareTo(new BigDecimal("100")) == 0;
		}
		assertThat(byNeed.values().stream().mapToInt(List::size).sum()).isEqualTo(25);
		assertThat(byNeed).hasSize(22);
		assertThat(withShare).isGreaterThanOrEqualTo(5);
		assertThat(withoutShare).isGreaterThanOrEqualTo(5);
		assertThat(splitGiven).as("a project whose shares are all given, such as 60/40").isTrue();
		Set<Long> covered = new TreeSet<>();
		Set<Long> partial = new TreeSet<>();
		Set<Long> overlapping = new TreeSet<>();
		byNeed.forEach((needId, linked) -> {
			List<Linked> active = linked.stream().filter(Linked::active).toList();
			if (active.stream().anyMatch((link) -> "FULL".equals(link.coverage()))) {
				covered.add(needId);
			}
			else if (!active.isEmpty()) {
				partial.add(needId);
			}
			for (int i = 0; i < active.size(); i++) {
				for (int j = i + 1; j < active.size(); j++) {
					if (active.get(i).overlapsFromAnotherFunder(active.get(j))) {
						overlapping.add(needId);
					}
				}
			}
		});
		assertThat(covered).hasSize(14);
		assertThat(partial).hasSize(6);
		assertThat(overlapping).hasSize(3);
		long unlinked = needs.keySet().stream().filter((id) -> !byNeed.containsKey(id)).count();
		assertThat(needs).hasSize(49);
		assertThat(unlinked).isEqualTo(27).isGreaterThanOrEqualTo(needs.size() / 2);
	}

	@Test
	void recordsTheRounds2021And2022WithTheMembersConfirmations() throws Exception {
		String rounds = read("/api/v1/response-rounds");
		assertThat(JsonPath.<List<Integer>>read(rounds, "$[*].year")).containsExactly(2022, 2021);
		assertThat(JsonPath.<List<String>>read(rounds, "$[*].status")).containsExactly("OPEN", "CLOSED");
		Map<String, Map<String, Object>> round2021 = confirmed(2021, Instant.parse("2022-01-01T00:00:00Z"),
				Instant.parse("2022-04-01T00:00:00Z"));
		assertThat(round2021).containsOnlyKeys("SI", "AT", "IT", "UK", "OSCE", "GIZ", "EC", "UNODC", "DCAF");
		assertThat(round2021.get("SI").get("confirmedBy")).isEqualTo("si.focal");
		assertThat(round2021.get("GIZ").get("confirmedBy")).isEqualTo("giz.focal");
		assertThat(round2021.get("EC").get("confirmedBy")).isEqualTo("secretariat");
		assertThat(round2021.get("GIZ").get("confirmedProjects")).isEqualTo(2);
		String overview2021 = read("/api/v1/response-rounds/2021");
		assertThat(JsonPath.<List<Object>>read(overview2021, "$.members[?(@.confirmed == true)]").size() * 2)
			.as("most members confirmed 2021")
			.isGreaterThan(JsonPath.<List<Object>>read(overview2021, "$.members").size());
		Map<String, Map<String, Object>> round2022 = confirmed(2022, Instant.parse("2022-10-01T00:00:00Z"),
				Instant.parse("2023-01-01T00:00:00Z"));
		assertThat(round2022).containsOnlyKeys("SI", "AT");
		assertThat(round2022.get("AT").get("confirmedBy")).isEqualTo("at.focal");
		assertThat(round2022.get("AT").get("confirmedProjects")).isEqualTo(3);
	}

	@Test
	void auditsEverySeededRecord() throws Exception {
		assertThat(seedEntries("Project")).isEqualTo(17);
		assertThat(seedEntries("ProjectLink")).isEqualTo(25);
		assertThat(seedEntries("ResponseRound")).isEqualTo(2);
		assertThat(seedEntries("PortfolioConfirmation")).isEqualTo(11);
		String nonMembers = read("/api/v1/organisations?category=non_member");
		assertThat(JsonPath.<List<String>>read(nonMembers, "$[*].shortName")).containsExactlyInAnyOrder("BMZ", "CILC");
	}

	@Test
	void addsNothingWhenRunAgain() throws Exception {
		String projects = read("/api/v1/projects?size=500");
		String rounds = read("/api/v1/response-rounds/2021") + read("/api/v1/response-rounds/2022");
		String organisations = read("/api/v1/organisations");
		long audited = JsonPath.<Number>read(read("/api/v1/audit?size=1"), "$.total").longValue();
		this.context.getBean("membershipDemoData", ApplicationRunner.class).run(new DefaultApplicationArguments());
		this.context.getBean("responsesDemoData", ApplicationRunner.class).run(new DefaultApplicationArguments());
		assertThat(read("/api/v1/projects?size=500")).isEqualTo(projects);
		assertThat(read("/api/v1/response-rounds/2021") + read("/api/v1/response-rounds/2022")).isEqualTo(rounds);
		assertThat(read("/api/v1/organisations")).isEqualTo(organisations);
		assertThat(JsonPath.<Number>read(read("/api/v1/audit?size=1"), "$.total").longValue()).isEqualTo(audited);
	}

	private Map<String, Map<String, Object>> confirmed(int year, Instant from, Instant to) throws Exception {
		List<Map<String, Object>> members = JsonPath.read(read("/api/v1/response-rounds/" + year),
				"$.members[?(@.confirmed == true)]");
		Map<String, Map<String, Object>> confirmed = new HashMap<>();
		for (Map<String, Object> member : members) {
			String describe = member.get("organisation") + " in " + year;
			assertThat(Instant.parse((String) member.get("confirmedAt"))).as(describe).isBetween(from, to);
			assertThat(member.get("confirmedProjects")).as(describe).isEqualTo(member.get("projects"));
			confirmed.put((String) member.get("organisation"), member);
		}
		return confirmed;
	}

	private long seedEntries(String recordType) throws Exception {
		String page = read("/api/v1/audit?recordType=" + recordType + "&size=500");
		assertThat(JsonPath.<List<String>>read(page, "$.items[*].action")).containsOnly("SEED");
		assertThat(JsonPath.<List<String>>read(page, "$.items[*].by")).containsOnly("system");
		return JsonPath.<Number>read(page, "$.total").longValue();
	}

	private Map<String, Object> project(String title) throws Exception {
		return projects().stream()
			.filter((p) -> title.equals(p.get("title")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No project " + title));
	}

	private List<Map<String, Object>> projects() throws Exception {
		String page = read("/api/v1/projects?size=500");
		List<Map<String, Object>> items = JsonPath.read(page, "$.items");
		assertThat(JsonPath.<Number>read(page, "$.total").longValue()).isEqualTo(items.size());
		return items;
	}

	private static List<Map<String, Object>> wbcti(List<Map<String, Object>> projects) {
		return projects.stream().filter((p) -> ((List<?>) p.get("initiatives")).contains("WBCTi")).toList();
	}

	private Map<String, Object> details(Map<String, Object> project) throws Exception {
		return JsonPath.read(read("/api/v1/projects/" + project.get("id")), "$");
	}

	private static List<Map<String, Object>> links(Map<String, Object> details) {
		return (List<Map<String, Object>>) details.get("links");
	}

	/**
	 * The needs of the WBCTi demo cycle by id.
	 */
	private Map<Long, Map<String, Object>> needs() throws Exception {
		long cycle = JsonPath.<Number>read(read("/api/v1/cycles"), "$[0].id").longValue();
		List<Map<String, Object>> items = JsonPath.read(read("/api/v1/needs?cycle=" + cycle + "&size=500"), "$.items");
		return items.stream()
			.collect(Collectors.toMap((need) -> ((Number) need.get("id")).longValue(), (need) -> need));
	}

	private static List<String> names(Map<String, Object> project, String role) {
		return JsonPath.read(project, "$.organisations[?(@.role == '" + role + "')].shortName");
	}

	private static Set<String> stages(Map<String, Object> project) {
		return new HashSet<>(JsonPath.<List<String>>read(project, "$.funding[*].stage"));
	}

	private static String start(Map<String, Object> project) {
		return (String) ((project.get("actualStart") != null) ? project.get("actualStart")
				: project.get("plannedStart"));
	}

	private static String end(Map<String, Object> project) {
		return (String) ((project.get("actualEnd") != null) ? project.get("actualEnd") : project.get("plannedEnd"));
	}

	private static BigDecimal decimal(Object number) {
		return new BigDecimal(number.toString());
	}

	private String read(String path) throws Exception {
		return read(path, httpBasic("secretariat", PASSWORD));
	}

	private String read(String path, RequestPostProcessor user) throws Exception {
		return this.mvc.perform(get(path).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * A project's link to a need: whether the project is active (in implementation or
	 * finalisation, or in the pipeline with committed funding) and whether two such
	 * projects of different funders run at the same time.
	 */
	private record Linked(Map<String, Object> project, String coverage) {

		boolean active() {
			String status = (String) this.project.get("status");
			return "IMPLEMENTATION".equals(status) || "FINALISATION".equals(status)
					|| ("PIPELINE".equals(status) && stages(this.project).contains("COMMITTED"));
		}

		boolean overlapsFromAnotherFunder(Linked other) {
			Set<String> funders = new HashSet<>(names(this.project, "FUNDING"));
			funders.retainAll(names(other.project, "FUNDING"));
			return funders.isEmpty()
					&& !LocalDate.parse(start(this.project)).isAfter(LocalDate.parse(end(other.project)))
					&& !LocalDate.parse(start(other.project)).isAfter(LocalDate.parse(end(this.project)));
		}

	}

}
