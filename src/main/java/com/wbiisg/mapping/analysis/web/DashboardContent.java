package com.wbiisg.mapping.analysis.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.wbiisg.mapping.analysis.Dashboard;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.stereotype.Component;

/**
 * The dashboard's filter form and content (figures, heatmap, charts' tables, lists) as
 * HTML, rendered once per view and kept while the view is: {@link Dashboard} hands out
 * the same view for the same cycle, filter and audience until the read model changes, so
 * the rendered HTML is kept by the view's identity (weak keys), and per funder as typed,
 * locale and, for the whole page, the choices of the filter form. Rendering the several
 * hundred rows of the funding table and the options of the form is what a dashboard
 * request cost most; sending them is what it costs now, so the HTML is kept compact, and
 * kept as the UTF-8 bytes it is sent as.
 */
@Component
class DashboardContent {

	static final String TEMPLATE = "analysis/fragments/dashboard-content";

	private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s+<");

	private final ITemplateEngine templates;

	private final JakartaServletWebApplication application;

	private final Cache<Dashboard.View, Map<Variant, byte[]>> rendered = Caffeine.newBuilder()
		.weakKeys()
		.maximumSize(500)
		.build();

	DashboardContent(ITemplateEngine templates, ServletContext servletContext) {
		this.templates = templates;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
	}

	/**
	 * The content for the view, as the model's other variables ({@code cycle},
	 * {@code filter}, {@code funder}) describe it; with the filter form before it when
	 * {@code filterChoices} (the model's lists the form offers) are given; UTF-8.
	 */
	byte[] html(Dashboard.View view, Map<String, Object> model, @Nullable String funder,
			@Nullable List<?> filterChoices, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Variant variant = new Variant(funder, locale, request.getContextPath(), filterChoices);
		return this.rendered.get(view, (key) -> new ConcurrentHashMap<>())
			.computeIfAbsent(variant, (key) -> render(model, filterChoices != null, locale, request, response));
	}

	private byte[] render(Map<String, Object> model, boolean withFilters, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		WebContext context = new WebContext(this.application.buildExchange(request, response), locale, model);
		return compact(this.templates.process(TEMPLATE, withFilters ? Set.of("filters", "content") : Set.of("content"),
				context))
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The HTML with each run of white space between two tags made one line break: the
	 * template's indentation was a sixth of every dashboard sent, and a browser renders
	 * such a run as one space either way (the content holds no {@code pre} or
	 * {@code textarea}).
	 */
	static String compact(String html) {
		return BETWEEN_TAGS.matcher(html).replaceAll(">\n<");
	}

	private record Variant(@Nullable String funder, Locale locale, String contextPath,
			@Nullable List<?> filterChoices) {
	}

}
