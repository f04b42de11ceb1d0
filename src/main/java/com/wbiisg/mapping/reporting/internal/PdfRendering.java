package com.wbiisg.mapping.reporting.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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

	private static final int GSUB = tag("GSUB");

	private static final int UNUSED = tag("gsux");

	private static final Map<String, byte[]> FACES = Map.of("Regular", read("Regular"), "Bold", read("Bold"), "Italic",
			read("Italic"), "BoldItalic", read("BoldItalic"));

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

	private static int tag(String name) {
		return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
	}

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
		byte[] font = FACES.get(face);
		builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, weight, style, true);
	}

	/**
	 * The font file of the face, read once, with its glyph substitution table (GSUB)
	 * renamed so that PDFBox does not find it: PDFBox would otherwise look up ligatures
	 * for every word it writes, which took half the time of a long report, and the
	 * report's texts need no substituted glyph (Latin, Greek and Cyrillic are written
	 * glyph by glyph, as the font's character map has them).
	 */
	private static byte[] read(String face) {
		String path = FONTS + face + ".ttf";
		try (InputStream in = PdfRendering.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Font " + path + " is not on the classpath");
			}
			return withoutGlyphSubstitution(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The TrueType font with the tag of its GSUB table in the table directory (after the
	 * 12 bytes of the offset table, 16 bytes per table, the tag first) changed to a tag
	 * no reader knows; the table itself and every checksum stay as they are.
	 */
	static byte[] withoutGlyphSubstitution(byte[] font) {
		ByteBuffer buffer = ByteBuffer.wrap(font);
		int tables = Short.toUnsignedInt(buffer.getShort(4));
		for (int i = 0; i < tables; i++) {
			int record = 12 + 16 * i;
			if (record + 4 <= font.length && buffer.getInt(record) == GSUB) {
				buffer.putInt(record, UNUSED);
			}
		}
		return font;
	}

}
