package com.wbiisg.mapping.exchange;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The IATI export of the demo response mapping, as the Secretariat sees it, validated
 * against the official IATI 2.03 activity schema; and the CSV of the demo projects.
 */
@SpringBootTest(properties = { "iisg.demo.password=" + IatiExportDemoDataIntegrationTests.PASSWORD,
		"spring.datasource.url=jdbc:h2:mem:iisg-responses-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@DisabledIfSystemProperty(named = "iisg.test.database", matches = "postgres",
		disabledReason = "runs on its own in-memory H2 database, so the PostgreSQL run would only repeat it")
class IatiExportDemoDataIntegrationTests {

	// The same settings as ResponsesDemoDataIntegrationTests, so both share one context.
	static final String PASSWORD = "Demo-Data-Test-2";

	@Autowired
	MockMvc mvc;

	@Test
	void exportsTheDemoProjectsAsAValidIatiFile() throws Exception {
		byte[] xml = Exports.download(this.mvc, "/api/v1/exports/projects.iati.xml", httpBasic("secretariat", PASSWORD))
			.getResponse()
			.getContentAsByteArray();
		String text = new String(xml, StandardCharsets.UTF_8);
		assertThat(text.split("<iati-activity ", -1)).hasSize(18);
		assertThat(text).contains("Countering Serious Crime in the Western Balkans \u2013 IPA 2019")
			.doesNotContain("left out");
		ExportIntegrationTests.validate(xml);
	}

	@Test
	void exportsTheDemoProjectsAsCsv() throws Exception {
		String csv = Exports.text(this.mvc, "/api/v1/exports/projects.csv", httpBasic("secretariat", PASSWORD));
		assertThat(csv.split("\r\n", -1)).hasSize(2 + 17 + 1);
	}

}
