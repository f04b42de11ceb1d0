package com.wbiisg.mapping.exchange.internal.templates;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The parser of worksheets expands XML's five entities and character references and
 * nothing else: an entity of a DOCTYPE, external or nested, is refused, whatever the
 * workbook's guard let through.
 */
class XlsxSheetReaderTests {

	@Test
	void decodesXmlsOwnEntitiesAndCharacterReferences() throws Exception {
		assertThat(text("<t>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#65;&#x42;&#128512;</t>"))
			.isEqualTo("a & b <c> \"d\" 'e' AB\uD83D\uDE00");
	}

	@Test
	void refusesAnExternalEntity() {
		assertThatThrownBy(() -> text("<!DOCTYPE t [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><t>&e;</t>"))
			.isInstanceOf(SAXParseException.class);
	}

	@Test
	void refusesNestedEntities() {
		assertThatThrownBy(
				() -> text("<!DOCTYPE t [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><t>&b;</t>"))
			.isInstanceOf(SAXParseException.class);
	}

	@Test
	void refusesAnUndeclaredEntity() {
		assertThatThrownBy(() -> text("<t>&nbsp;</t>")).isInstanceOf(SAXParseException.class);
	}

	private static String text(String xml) throws Exception {
		StringBuilder text = new StringBuilder();
		XMLReader parser = XlsxSheetReader.newParser();
		parser.setContentHandler(new DefaultHandler() {
			@Override
			public void characters(char[] characters, int start, int length) {
				text.append(characters, start, length);
			}
		});
		parser.parse(new InputSource(new StringReader(xml)));
		return text.toString();
	}

}
