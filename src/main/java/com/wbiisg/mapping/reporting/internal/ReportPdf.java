package com.wbiisg.mapping.reporting.internal;

import com.wbiisg.mapping.reporting.ReportSection;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Writes the PDF of a report: the page {@code reporting/pdf/report} made with the
 * application's templates and messages, then rendered by {@link PdfRendering}, which
 * loads nothing from outside. Title page, contents, executive summary with its charts,
 * needs per pillar and objective, gaps, overlaps, funding, projects and annexes; long
 * lists end with the count of what only the XLSX lists.
 */
@Component
class ReportPdf {

	static final String TEMPLATE = "reporting/pdf/report";

	private static final String STYLE = "/reporting/report-pdf.css";

	private final ITemplateEngine templates;

	private final ReportPdfProperties limits;

	private final PdfRendering rendering = new PdfRendering();

	private final String style;

	ReportPdf(ITemplateEngine templates, ReportPdfProperties limits) {
		this.templates = templates;
		this.limits = limits;
		this.style = read(STYLE);
	}

	void write(ReportContent content, Locale locale, OutputStream out) {
		this.rendering.render(html(content, locale), out);
	}

	/**
	 * The HTML the PDF is rendered from.
	 */
	String html(ReportContent content, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("pdf", ReportPdfModel.of(content, this.limits));
		context.setVariable("sections", ReportSection.values());
		context.setVariable("css", this.style);
		return this.templates.process(TEMPLATE, context);
	}

	private static String read(String resource) {
		try (InputStream in = ReportPdf.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is not on the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
