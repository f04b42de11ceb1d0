package com.wbiisg.mapping.exchange.internal.iati;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * Steps through an XML stream element by element for {@link IatiReader}: texts,
 * narratives by language, attributes, and skipping what is not kept.
 */
final class XmlCursor {

	private final XMLStreamReader xml;

	XmlCursor(XMLStreamReader xml) {
		this.xml = xml;
	}

	/**
	 * The narratives of the current element by language, or its own text (IATI 1.x style)
	 * under the default language; the element is consumed.
	 */
	Map<String, String> narratives(String defaultLanguage) throws XMLStreamException {
		Map<String, String> texts = new LinkedHashMap<>();
		StringBuilder own = new StringBuilder();
		while (true) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				if ("narrative".equals(this.xml.getLocalName()) && namespaceless()) {
					String language = language(defaultLanguage);
					String text = text();
					if (text != null) {
						texts.merge(language, text, (first, second) -> first);
					}
				}
				else {
					skip();
				}
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				own.append(this.xml.getText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				break;
			}
		}
		String text = own.toString().strip();
		if (texts.isEmpty() && !text.isEmpty()) {
			texts.put(defaultLanguage, text);
		}
		return texts;
	}

	/**
	 * The text of the current element, stripped ({@code null} when empty); nested
	 * elements are skipped and the element is consumed.
	 */
	@Nullable String text() throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		while (true) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE) {
				text.append(this.xml.getText());
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				skip();
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				String stripped = text.toString().strip();
				return stripped.isEmpty() ? null : stripped;
			}
		}
	}

	/**
	 * Moves to the next start or end tag.
	 */
	int nextElement() throws XMLStreamException {
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
				return event;
			}
		}
		return XMLStreamConstants.END_DOCUMENT;
	}

	/**
	 * Skips the rest of the current element, which has just started.
	 */
	void skip() throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	boolean namespaceless() {
		String namespace = this.xml.getNamespaceURI();
		return namespace == null || namespace.isEmpty();
	}

	@Nullable String attribute(String name) {
		String value = this.xml.getAttributeValue(null, name);
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	String language(String fallback) {
		String lang = this.xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
		return (lang == null || lang.isBlank()) ? fallback : lang.strip().toLowerCase(Locale.ROOT);
	}

}
