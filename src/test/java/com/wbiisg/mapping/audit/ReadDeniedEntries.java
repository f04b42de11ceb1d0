package com.wbiisg.mapping.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The {@code READ_DENIED} entries of the audit trail, as the Secretariat reads them
 * through the API. They are written in the background, in the order of the reads.
 */
final class ReadDeniedEntries {

	static final String READ_DENIED = "READ_DENIED";

	private final MockMvc mvc;

	private final RequestPostProcessor secretariat;

	ReadDeniedEntries(MockMvc mvc, RequestPostProcessor secretariat) {
		this.mvc = mvc;
		this.secretariat = secretariat;
	}

	/**
	 * The user's entries, newest first.
	 */
	List<Map<String, Object>> of(String user) throws Exception {
		String json = this.mvc
			.perform(get("/api/v1/audit").param("user", user)
				.param("action", READ_DENIED)
				.param("size", "500")
				.with(this.secretariat))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> items = JsonPath.read(json, "$.items");
		assertThat(items).allSatisfy((item) -> assertThat(item.get("action")).isEqualTo(READ_DENIED));
		return items;
	}

	/**
	 * The user's entries about the record, once there are at least as many as expected.
	 */
	List<Map<String, Object>> awaitAbout(String user, String recordType, long recordId, int expected) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> of(user).stream()
				.filter((entry) -> recordType.equals(entry.get("recordType"))
						&& String.valueOf(recordId).equals(entry.get("recordId")))
				.toList(), (found) -> found.size() >= expected);
	}

	/**
	 * The address an entry says was asked for, such as {@code GET /api/v1/needs/42}.
	 */
	static String address(Map<String, Object> entry) {
		String detail = String.valueOf(entry.get("changes"));
		int colon = detail.lastIndexOf(": ");
		return (colon < 0) ? detail : detail.substring(colon + 2);
	}

}
