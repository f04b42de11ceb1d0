package com.wbiisg.mapping.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.shared.ControlCharacters;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses a request whose query or form parameters or address segments hold a control
 * character (see {@link ControlCharacters}) before any handler reads them: 422 naming
 * each such field, on the API and on the pages alike. JSON bodies are checked as they are
 * read ({@link ControlCharacterDeserializer}).
 */
class ControlCharacterGuard implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		List<FieldProblem> problems = new ArrayList<>();
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				add(problems, name, value);
			}
		});
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
			variables.forEach((name, value) -> add(problems, String.valueOf(name), String.valueOf(value)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return true;
	}

	private static void add(List<FieldProblem> problems, String field, String value) {
		int inName = ControlCharacters.indexIn(field);
		String name = (inName < 0) ? field : field.replaceAll("\\p{Cntrl}", "?");
		FieldProblem problem = (inName < 0) ? ControlCharacters.problem(name, value)
				: new FieldProblem(name, "The name " + ControlCharacters.describe(field.charAt(inName), inName));
		if (problem != null && problems.stream().noneMatch((p) -> p.field().equals(name))) {
			problems.add(problem);
		}
	}

}
