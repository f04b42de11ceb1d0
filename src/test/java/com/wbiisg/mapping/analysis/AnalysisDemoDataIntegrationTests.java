package com.wbiisg.mapping.analysis;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The analysis of the demo data, which is loaded without events: the read model computed
 * at start-up gives the coverage the demo portfolio was built for. Shares the Spring
 * context of the responses demo data test (same properties), so it starts nothing new.
 */
@SpringBootTest(properties = { "iisg.demo.password=Demo-Data-Test-2",
		"spring.datasource.url=jdbc:h2:mem:iisg-responses-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@DisabledIfSystemProperty(named = "iisg.test.database", matches = "postgres",
		disabledReason = "runs on its own in-memory H2 database, so the PostgreSQL run would only repeat it")
class AnalysisDemoDataIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void computesTheCoverageOfTheDemoPortfolioAtStartUp() throws Exception {
		String json = read("/api/v1/analysis/coverage?by=partner");
		assertThat(JsonPath.<Integer>read(json, "$.totals.covered")).isEqualTo(14);
		assertThat(JsonPath.<Integer>read(json, "$.totals.partial")).isEqualTo(6);
		assertThat(JsonPath.<Integer>read(json, "$.totals.overlapping")).isEqualTo(3);
		int submitted = JsonPath.read(read("/api/v1/needs?size=1&status=SUBMITTED"), "$.total");
		int validated = JsonPath.read(read("/api/v1/needs?size=1&status=VALIDATED"), "$.total");
		int adopted = JsonPath.read(read("/api/v1/needs?size=1&status=ADOPTED"), "$.total");
		assertThat(JsonPath.<Integer>read(json, "$.totals.needs")).isEqualTo(submitted + validated + adopted);
		List<String> partners = JsonPath.read(json, "$.cells[*].partner");
		assertThat(partners).contains("AL", "BA", "XK", "ME", "MK", "RS", "REG");
		String overlaps = read("/api/v1/analysis/overlaps");
		assertThat(JsonPath.<List<String>>read(overlaps, "$[*].measureCode")).containsExactlyInAnyOrder("PRE.2.1",
				"RES.2.3", "PRE.4.1");
	}

	private String read(String url) throws Exception {
		return this.mvc.perform(get(url).with(httpBasic("secretariat", "Demo-Data-Test-2")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
