package com.wbiisg.mapping.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.wbiisg.mapping.analysis.Figures;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.ReportSnapshot;
import com.wbiisg.mapping.reporting.ReportView;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF of a report as {@link ReportPdf} writes it with the application's template,
 * style and messages, read back as drawn: the coverage chart of the summary for every
 * split of 1 to 12 needs into covered, partly covered and not covered.
 */
class ReportPdfTests {

	@BeforeEach
	void english() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void drawsEveryCoverageBarOnOneLineFilledExactlyByItsSegments() throws Exception {
		List<long[]> splits = new ArrayList<>();
		for (int needs = 1; needs <= 12; needs++) {
			for (int covered = 0; covered <= needs; covered++) {
				for (int partial = 0; partial <= needs - covered; partial++) {
					splits.add(new long[] { needs, covered, partial, needs - covered - partial });
				}
			}
		}
		byte[] pdf = render(content(splits));

		List<PdfBars.Bar> bars = PdfBars.coverageBars(pdf);
		assertThat(bars).hasSize(splits.size());
		SoftAssertions softly = new SoftAssertions();
		for (int i = 0; i < splits.size(); i++) {
			long[] split = splits.get(i);
			PdfBars.assertOnOneLine(softly, bars.get(i), split[1], split[2], split[3]);
		}
		softly.assertAll();
	}

	/**
	 * A needs mapping report with one partner for each split, named after it, in that
	 * order.
	 */
	private static ReportContent content(List<long[]> splits) {
		List<ReportSnapshot.PartnerName> partners = new ArrayList<>();
		List<ReportSnapshot.Cell> cells = new ArrayList<>();
		long[] total = new long[4];
		for (long[] split : splits) {
			String code = "P" + partners.size();
			partners
				.add(new ReportSnapshot.PartnerName(code, "Partner %d/%d/%d".formatted(split[1], split[2], split[3])));
			cells.add(new ReportSnapshot.Cell(code, "PRE", new Figures(split[0], split[1], split[2], split[3], 0,
					BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)));
			for (int i = 0; i < total.length; i++) {
				total[i] += split[i];
			}
		}
		Instant generated = Instant.parse("2021-05-05T08:00:00Z");
		ReportSnapshot snapshot = new ReportSnapshot(ReportKind.NEEDS_MAPPING, "WBCTi",
				"Western Balkans Counter-Terrorism initiative", 1, "WBCTi 2021\u20132022", null, 1, generated,
				"secretariat", List.of(new ReportSnapshot.Item("PRE", "PILLAR", "Prevent", null)), partners, List.of(),
				List.of(), List.of(), new Figures(total[0], total[1], total[2], total[3], 0, BigDecimal.ZERO,
						BigDecimal.ZERO, BigDecimal.ZERO),
				cells, List.of());
		ReportDraft draft = new ReportDraft(ReportKind.NEEDS_MAPPING, "WBCTi", 1, null, 1, new byte[0], "secretariat",
				generated);
		return ReportContent.of(draft, new ReportView(snapshot, (int) total[0], Map.of(), Map.of(), 0, 0));
	}

	/**
	 * The PDF as {@link ReportPdf} writes it, with a template engine that reads the
	 * templates and the message bundles the application reads.
	 */
	private static byte[] render(ReportContent content) throws IOException {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(applicationProperty("spring.messages.basename").split(","));
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine templates = new SpringTemplateEngine();
		templates.setTemplateResolver(resolver);
		templates.setTemplateEngineMessageSource(messages);
		ReportPdf pdf = new ReportPdf(templates, new ReportPdfProperties(60, 100, 100, 200, 500, 500, 12));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		pdf.write(content, Locale.ENGLISH, out);
		return out.toByteArray();
	}

	private static String applicationProperty(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ReportPdfTests.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		return properties.getProperty(name);
	}

}
