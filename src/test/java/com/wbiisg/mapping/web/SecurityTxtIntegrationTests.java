package com.wbiisg.mapping.web;

import java.time.Duration;
import java.time.Instant;

import com.wbiisg.mapping.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityTxtIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void publishesTheSecurityContactWithoutSignIn() throws Exception {
		String text = this.mvc.perform(get("/.well-known/security.txt"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(text).contains("Contact: mailto:security@example.org\n", "Preferred-Languages: en\n")
			.doesNotContain("Canonical:");
		String expires = text.lines().filter((line) -> line.startsWith("Expires: ")).findFirst().orElseThrow();
		Instant expiry = Instant.parse(expires.substring("Expires: ".length()));
		assertThat(Duration.between(Instant.now(), expiry)).isBetween(Duration.ofDays(364), Duration.ofDays(366));
	}

}
