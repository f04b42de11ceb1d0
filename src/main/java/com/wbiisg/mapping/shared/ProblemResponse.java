package com.wbiisg.mapping.shared;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.io.JsonStringEncoder;

import org.springframework.http.MediaType;

/**
 * A problem detail (RFC 9457) written straight to a servlet response, for the answers
 * given before any controller (filters, the security chains' entry points): its texts
 * escaped for JSON whatever language they are in, and any further members (texts or
 * numbers) after the standard ones.
 */
public final class ProblemResponse {

	private ProblemResponse() {
	}

	public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		write(response, status, title, detail, Map.of());
	}

	/**
	 * @param members further members in the order given, each a text or a number
	 */
	public static void write(HttpServletResponse response, int status, String title, String detail,
			Map<String, ?> members) throws IOException {
		StringBuilder json = new StringBuilder("{\"type\":\"about:blank\",\"title\":").append(quoted(title))
			.append(",\"status\":")
			.append(status)
			.append(",\"detail\":")
			.append(quoted(detail));
		members.forEach((name, value) -> json.append(',')
			.append(quoted(name))
			.append(':')
			.append((value instanceof Number) ? value.toString() : quoted(String.valueOf(value))));
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.append('}').toString());
	}

	private static String quoted(String text) {
		return "\"" + String.valueOf(JsonStringEncoder.getInstance().quoteAsCharArray(text)) + "\"";
	}

}
