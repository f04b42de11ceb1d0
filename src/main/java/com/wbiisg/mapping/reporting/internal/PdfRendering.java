package com.wbiisg.mapping.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the HTML of a report into a PDF with openhtmltopdf, closed to the outside: no
 * address is resolved, every kind of external resource (style sheets, images, fonts,
 * embedded files) is refused before and after resolving, and the streams for http, https,
 * file, jar and ftp addresses open nothing. The only fonts are Liberation Sans (Latin
 * with diacritics, Greek and Cyrillic), read from the classpath and embedded as subsets.
 */
final class PdfRendering {

	private static final Logger logger = LoggerFactory.getLogger(PdfRendering.class);

	static final String FONT_FAMILY = "Liberation Sans";

	private static final String FONTS = "/liberation/LiberationSans-";

	private static final FSStreamFactory NO_STREAMS = (uri) -> {
		logger.warn("Refused to open {} while rendering a PDF", uri);
		return new FSStream() {

			@Override
			public InputStream getStream() {
				return InputStream.nullInputStream();
			}

			@Override
			public java.io.Reader getReader() {
				return java.io.Reader.nullReader();
			}

		};
	};

	/**
	 * Renders the HTML document (any HTML; it is parsed leniently) to the stream.
	 */
	void render(String html, OutputStream out) {
		org.w3c.dom.Document document = W3CDom.convert(Jsoup.parse(html));
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withProducer("IISG Mapping Platform");
		builder.useUriResolver((base, uri) -> {
			logger.debug("Refused to resolve {} while rendering a PDF", uri);
			return null;
		});
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.useHttpStreamImplementation(NO_STREAMS);
		builder.useProtocolsStreamImplementation(NO_STREAMS, "file", "jar", "ftp", "http", "https", "classpath");
		font(builder, "Regular", 400, FontStyle.NORMAL);
		font(builder, "Bold", 700, FontStyle.NORMAL);
		font(builder, "Italic", 400, FontStyle.ITALIC);
		font(builder, "BoldItalic", 700, FontStyle.ITALIC);
		builder.withDiagnosticConsumer((diagnostic) -> {
			if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
				logger.debug("PDF rendering: {}", diagnostic.getFormattedMessage());
			}
		});
		builder.withW3cDocument(document, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void font(PdfRendererBuilder builder, String face, int weight, FontStyle style) {
		String path = FONTS + face + ".ttf";
		builder.useFont(() -> {
			InputStream in = PdfRendering.class.getResourceAsStream(path);
			if (in == null) {
				throw new IllegalStateException("Font " + path + " is not on the classpath");
			}
			return in;
		}, FONT_FAMILY, weight, style, true);
	}

}
