package com.wbiisg.mapping.analysis;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The synthetic data of the benchmark at scale 1: IISG size, by the linking rules, and
 * analysed at start-up.
 */
@SpringBootTest(properties = { "iisg.demo.password=Synthetic-Test-1", "iisg.synthetic.scale=1",
		"spring.datasource.url=jdbc:h2:mem:iisg-synthetic;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo", "synthetic" })
@DisabledIfSystemProperty(named = "iisg.test.database", matches = "postgres",
		disabledReason = "runs on its own in-memory H2 database, so the PostgreSQL run would only repeat it")
class SyntheticDataIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void buildsACycleOfIisgSizeWhoseLinksFollowTheRules() throws Exception {
		long cycle = this.jdbc.queryForObject("select id from needs_cycle where name = 'Synthetic \u00d71'",
				Long.class);
		assertThat(count("select count(*) from need where cycle_id = " + cycle)).isEqualTo(600);
		assertThat(count("select count(*) from project where created_by = 'synthetic'")).isEqualTo(300);
		assertThat(count("select count(*) from project_link where created_by = 'synthetic'")).isBetween(800L, 1200L);
		assertThat(count("""
				select count(*) from project_link l join need n on n.id = l.need_id
				where l.created_by = 'synthetic' and n.status in ('DRAFT', 'RETURNED')""")).as("links to drafts")
			.isZero();
		assertThat(count("""
				select count(*) from project_link l where l.created_by = 'synthetic' and l.need_partner <> 'REG'
				and not exists (select 1 from project_partner p where p.project_id = l.project_id
				and p.partner_code in (l.need_partner, 'REG'))""")).as("links to partners not benefited").isZero();
		assertThat(count("""
				select count(*) from (select project_id from project_link group by project_id
				having sum(coalesce(share_percent, 0)) > 100) over""")).as("projects over 100%").isZero();
		String matrix = this.mvc
			.perform(get("/api/v1/analysis/coverage?by=partner&cycle=" + cycle)
				.with(httpBasic("secretariat", "Synthetic-Test-1")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Integer>read(matrix, "$.totals.needs")).isEqualTo((int) count(
				"select count(*) from need where cycle_id = " + cycle + " and status not in ('DRAFT', 'RETURNED')"));
		assertThat(JsonPath.<Integer>read(matrix, "$.totals.covered")).isPositive();
		assertThat(JsonPath.<List<String>>read(matrix, "$.cells[*].partner")).contains("AL", "REG");
		assertThat(count("select count(*) from analysis_need")).isEqualTo(count("select count(*) from need"));
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
