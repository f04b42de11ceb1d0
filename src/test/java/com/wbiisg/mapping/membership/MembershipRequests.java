package com.wbiisg.mapping.membership;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Small fixtures for the membership API tests: request bodies as a script would send
 * them, and names that do not clash between tests sharing one database.
 */
final class MembershipRequests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private MembershipRequests() {
	}

	static Map<String, Object> organisation(String name, String shortName, String type, String category,
			String iatiIdentifier) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("shortName", shortName);
		body.put("type", type);
		body.put("category", category);
		body.put("iatiIdentifier", iatiIdentifier);
		body.put("joinedOn", "2021-03-04");
		body.put("joinedBy", "6th IISG Board");
		return body;
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Map<String, ?> body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(toJson(body));
	}

	static long idOf(Membership membership, String shortName) {
		return membership.organisations()
			.stream()
			.filter((o) -> o.shortName().equals(shortName))
			.findFirst()
			.orElseThrow()
			.id();
	}

	static List<Long> numbers(Object values) {
		return ((List<?>) values).stream().map((v) -> ((Number) v).longValue()).toList();
	}

	static String unique(String prefix) {
		return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100000);
	}

	/**
	 * Written by hand, independent of the application's mapper, so a test sends what a
	 * script would send.
	 */
	private static String toJson(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof Map<?, ?> map) {
			StringBuilder json = new StringBuilder("{");
			map.forEach((k,
					v) -> json.append((json.length() > 1) ? "," : "").append(toJson(k)).append(':').append(toJson(v)));
			return json.append('}').toString();
		}
		if (value instanceof List<?> list) {
			return "[" + String.join(",", list.stream().map(MembershipRequests::toJson).toList()) + "]";
		}
		return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
