package com.wbiisg.mapping.exchange.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The worksheet scanner gives the events the JDK's hardened parser (as POI sets it up)
 * gives for the same XML, and refuses what that parser refuses, with the words the
 * rejection of the file is chosen by.
 */
class SheetXmlScannerTests {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

	private static final String MAIN = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

	@Test
	void readsASheetAsExcelWritesIt() throws Exception {
		same(HEAD + "<worksheet " + MAIN + " xmlns:r=\"urn:r\"><dimension ref=\"A1:C2\"/><sheetViews>"
				+ "<sheetView workbookViewId=\"0\"/></sheetViews><sheetData><row r=\"1\" spans=\"1:3\">"
				+ "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"2\"><v>45000.5</v></c>"
				+ "<c r='C1' t='b'><v>1</v></c></row>\r\n<row r=\"2\"><c r=\"A2\"><f>SUM(B1:B1)</f><v>3</v></c>"
				+ "</row></sheetData><pageMargins left=\"0.7\"/></worksheet>");
	}

	@Test
	void readsInlineAndRichTextWithPrefixesCommentsAndInstructions() throws Exception {
		same("\uFEFF" + HEAD + "<!-- written by hand --><x:worksheet xmlns:x=\"urn:main\"><x:sheetData>"
				+ "<?pi some data?><x:row r=\"3\"><x:c r=\"E3\" t=\"inlineStr\"><x:is><x:r><x:rPr><x:b/></x:rPr>"
				+ "<x:t xml:space=\"preserve\"> Train </x:t></x:r><x:r><x:t>staff é 中文 😀</x:t></x:r></x:is>"
				+ "</x:c></x:row></x:sheetData></x:worksheet>");
	}

	@Test
	void decodesReferencesLineEndsAndCdataAsXmlDoes() throws Exception {
		same(HEAD + "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
				+ "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#10;&#x41;&#128512;\r\nline\rend</t></is></c>"
				+ "<c r=\"B1\" t=\"inlineStr\" note=\"one\r\ntwo\tthree &amp; four\"><is><t><![CDATA[x <y> ]]z]]]>"
				+ "</t></is></c></row></sheetData></worksheet>\n");
	}

	@Test
	void refusesADoctypeAsTheParserDoes() {
		String xml = HEAD + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
				+ "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
				+ "</row></sheetData></worksheet>";
		refusedBoth(xml, "doctype");
	}

	@Test
	void refusesAnUndeclaredEntityAndCharactersXmlDoesNotAllow() {
		refusedBoth("<worksheet><t>&xxe;</t></worksheet>", "entity");
		refusedBoth("<worksheet><t>&#1;</t></worksheet>", "invalid xml character");
		refusedBoth("<worksheet><t>a\u0001b</t></worksheet>", "invalid xml character");
	}

	@Test
	void refusesXmlThatIsNotWellFormed() {
		refusedBoth("<worksheet><sheetData></row></worksheet>", "");
		refusedBoth("<worksheet><sheetData>", "");
		refusedBoth("text<worksheet/>", "");
		refusedBoth("<worksheet/><worksheet/>", "");
		refusedBoth("<worksheet a=\"1<2\"/>", "");
		refusedBoth("<worksheet a=\"1\" a=\"2\"/>", "");
		refusedBoth("<worksheet a=1/>", "");
		refusedBoth("", "");
		refusedBoth("<worksheet><" + "c".repeat(2000) + "/></worksheet>", "longer than 1000");
	}

	@Test
	void readsOnlyUtf8ItselfAndLeavesTheStreamAsItWas() throws Exception {
		assertThat(isUtf8(HEAD + "<worksheet/>")).isTrue();
		assertThat(isUtf8("<?xml version='1.0' encoding='utf-8'?><worksheet/>")).isTrue();
		assertThat(isUtf8("<worksheet/>")).isTrue();
		assertThat(isUtf8("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet/>")).isFalse();
		byte[] utf16 = "\uFEFF<worksheet/>".getBytes(StandardCharsets.UTF_16BE);
		InputStream in = new BufferedInputStream(new ByteArrayInputStream(utf16));
		assertThat(SheetXmlScanner.isUtf8(in)).isFalse();
		assertThat(in.readAllBytes()).isEqualTo(utf16);
	}

	private static boolean isUtf8(String xml) throws Exception {
		return SheetXmlScanner.isUtf8(new BufferedInputStream(new ByteArrayInputStream(bytes(xml))));
	}

	private static void same(String xml) throws Exception {
		Recorder scanned = new Recorder();
		SheetXmlScanner.scan(new ByteArrayInputStream(bytes(xml)), scanned);
		Recorder parsed = new Recorder();
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(parsed);
		parser.parse(new InputSource(new ByteArrayInputStream(bytes(xml))));
		assertThat(scanned.events()).isNotEmpty().isEqualTo(parsed.events());
	}

	private static void refusedBoth(String xml, String words) {
		assertThatThrownBy(() -> {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new DefaultHandler());
			parser.parse(new InputSource(new ByteArrayInputStream(bytes(xml))));
		}).as("the parser on %s", xml).isInstanceOf(SAXException.class);
		assertThatThrownBy(() -> SheetXmlScanner.scan(new ByteArrayInputStream(bytes(xml)), new DefaultHandler()))
			.as("the scanner on %s", xml)
			.isInstanceOf(SAXException.class)
			.satisfies((ex) -> assertThat(ex.getMessage().toLowerCase(Locale.ROOT)).contains(words));
	}

	private static byte[] bytes(String xml) {
		return xml.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The events as text: elements by local name with their attributes other than
	 * namespace declarations (which the parser does not report), text joined between
	 * elements (the parser may split it anywhere).
	 */
	private static final class Recorder extends DefaultHandler {

		private final List<String> events = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		List<String> events() {
			flush();
			return this.events;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			flush();
			StringBuilder event = new StringBuilder("<" + localName);
			for (int i = 0; i < attributes.getLength(); i++) {
				if (!attributes.getQName(i).startsWith("xmlns")) {
					event.append(' ')
						.append(attributes.getQName(i))
						.append("=[")
						.append(attributes.getValue(i))
						.append(']');
				}
			}
			event.append(" r=").append(attributes.getValue("r"));
			this.events.add(event.append('>').toString());
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			flush();
			this.events.add("</" + localName + ">");
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			this.text.append(ch, start, length);
		}

		private void flush() {
			if (!this.text.isEmpty()) {
				this.events.add("text[" + this.text + "]");
				this.text.setLength(0);
			}
		}

	}

}
