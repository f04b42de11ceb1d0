package com.wbiisg.mapping.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the XML of a worksheet in UTF-8 (the encoding of every workbook Excel,
 * LibreOffice and POI write) into the SAX events of its elements and text, as the JDK's
 * parser does but in a fraction of its time: 50,000 rows of the needs template are some
 * 35 MB of XML, which took the parser most of a preview (up to 3 s before its code was
 * compiled). It knows no DTD and no entity but the five of XML and character references:
 * a DOCTYPE is refused with the parser's own message, an unknown entity as undeclared, a
 * character XML does not allow, a tag left open or closed by another name, text outside
 * the root and a second root are errors, as the parser makes them. Namespaces are not
 * resolved: an element's local name is its name after the prefix. Line ends in text are
 * normalised to line feeds and white space in attribute values to spaces, as XML
 * prescribes. A file in another encoding is read by the JDK's parser ({@link #isUtf8}).
 */
final class SheetXmlScanner {

	private final ContentHandler handler;

	private final char[] text = new char[1 << 16];

	private int textLength;

	private final ArrayDeque<String> open = new ArrayDeque<>();

	private final SheetXmlAttributes attributes = new SheetXmlAttributes();

	private boolean rootSeen;

	private final SheetXmlInput in;

	private SheetXmlScanner(InputStream in, ContentHandler handler) {
		this.in = new SheetXmlInput(in);
		this.handler = handler;
	}

	/**
	 * Whether the XML the stream starts with is in UTF-8: no byte order mark of UTF-16 or
	 * UTF-32, and no other encoding in its declaration. Leaves the stream where it was.
	 */
	static boolean isUtf8(InputStream in) throws IOException {
		in.mark(512);
		byte[] head = in.readNBytes(512);
		in.reset();
		if (head.length >= 2
				&& (head[0] == 0 || head[1] == 0 || (head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF)) {
			return false;
		}
		String start = new String(head, StandardCharsets.ISO_8859_1);
		int end = start.indexOf("?>");
		if (!start.startsWith("<?xml", start.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0) || end < 0) {
			return true;
		}
		String declaration = start.substring(0, end).replace('\'', '"');
		int encoding = declaration.indexOf("encoding");
		if (encoding < 0) {
			return true;
		}
		int open = declaration.indexOf('"', encoding);
		int close = (open < 0) ? -1 : declaration.indexOf('"', open + 1);
		String name = (close < 0) ? "" : declaration.substring(open + 1, close).trim().toUpperCase(Locale.ROOT);
		return name.equals("UTF-8") || name.equals("UTF8");
	}

	/**
	 * Reads the whole stream, in UTF-8, into the handler's events.
	 * @throws SAXException naming what is wrong where the XML is not well-formed
	 */
	static void scan(InputStream in, ContentHandler handler) throws IOException, SAXException {
		new SheetXmlScanner(in, handler).document();
	}

	private void document() throws IOException, SAXException {
		this.handler.startDocument();
		int c = this.in.read();
		if (c == 0xFEFF) {
			c = this.in.read();
		}
		while (c != -1) {
			if (c == '<') {
				flushText();
				markup();
			}
			else if (c == '&') {
				textPoint(this.in.reference());
			}
			else if (c == '\r') {
				textPoint('\n');
				c = this.in.read();
				if (c != '\n') {
					continue;
				}
			}
			else {
				textPoint(this.in.checked(c));
			}
			c = this.in.read();
		}
		flushText();
		if (!this.open.isEmpty() || !this.rootSeen) {
			throw SheetXmlInput.error("XML document structures must start and end within the same entity.");
		}
		this.handler.endDocument();
	}

	private void markup() throws IOException, SAXException {
		int c = this.in.read();
		if (c == '?') {
			this.in.skipPast("?>");
		}
		else if (c == '!') {
			declaration();
		}
		else if (c == '/') {
			String qName = this.in.name(this.in.read());
			int next = this.in.skipSpaces(this.in.read());
			if (next != '>' || this.open.isEmpty() || !this.open.peek().equals(qName)) {
				String expected = this.open.isEmpty() ? qName : this.open.peek();
				throw SheetXmlInput.error("The element type \"" + expected
						+ "\" must be terminated by the matching end-tag \"</" + expected + ">\".");
			}
			this.open.pop();
			this.handler.endElement("", local(qName), qName);
		}
		else {
			startTag(c);
		}
	}

	private void declaration() throws IOException, SAXException {
		int c = this.in.read();
		if (c == '-' && this.in.read() == '-') {
			this.in.skipPast("-->");
		}
		else if (c == '[' && this.in.matches("CDATA[")) {
			if (this.open.isEmpty()) {
				throw SheetXmlInput.error("Content is not allowed in prolog.");
			}
			cdata();
		}
		else if (c == 'D' && this.in.matches("OCTYPE")) {
			throw SheetXmlInput.error("DOCTYPE is disallowed when the feature "
					+ "\"http://apache.org/xml/features/disallow-doctype-decl\" set to true.");
		}
		else {
			throw SheetXmlInput.error("The markup in the document must be well-formed.");
		}
	}

	private void cdata() throws IOException, SAXException {
		int brackets = 0;
		for (int c = this.in.read(); c != -1; c = this.in.read()) {
			if (c == ']') {
				brackets++;
				continue;
			}
			boolean end = c == '>' && brackets >= 2;
			for (int i = end ? 2 : 0; i < brackets; i++) {
				textPoint(']');
			}
			brackets = 0;
			if (end) {
				flushText();
				return;
			}
			if (c == '\r') {
				c = '\n';
				int next = this.in.read();
				if (next != '\n') {
					this.in.unread(next);
				}
			}
			textPoint(this.in.checked(c));
		}
		throw SheetXmlInput.error("The CDATA section must end with \"]]>\".");
	}

	private void startTag(int first) throws IOException, SAXException {
		if (this.rootSeen && this.open.isEmpty()) {
			throw SheetXmlInput.error("The markup in the document following the root element must be well-formed.");
		}
		String qName = this.in.name(first);
		this.attributes.clear();
		int c = this.in.skipSpaces(this.in.read());
		while (c != '>' && c != '/') {
			String attribute = this.in.name(c);
			if (this.in.skipSpaces(this.in.read()) != '=') {
				throw SheetXmlInput.error("Attribute name \"" + attribute + "\" associated with an element type \""
						+ qName + "\" must be followed by the ' = ' character.");
			}
			int quote = this.in.skipSpaces(this.in.read());
			if (quote != '"' && quote != '\'') {
				throw SheetXmlInput.error("Open quote is expected for attribute \"" + attribute + "\".");
			}
			this.attributes.start(attribute);
			for (c = this.in.read(); c != quote; c = this.in.read()) {
				if (c == -1 || c == '<') {
					throw SheetXmlInput
						.error("The value of attribute \"" + attribute + "\" must not contain the '<' character.");
				}
				this.attributes.add(attributeCharacter(c));
			}
			if (!this.attributes.end()) {
				throw SheetXmlInput
					.error("Attribute \"" + attribute + "\" was already specified for element \"" + qName + "\".");
			}
			c = this.in.skipSpaces(this.in.read());
		}
		boolean empty = c == '/';
		if (empty && this.in.read() != '>') {
			throw SheetXmlInput.error("Element type \"" + qName
					+ "\" must be followed by either attribute specifications, " + "\">\" or \"/>\".");
		}
		this.rootSeen = true;
		this.handler.startElement("", local(qName), qName, this.attributes);
		if (empty) {
			this.handler.endElement("", local(qName), qName);
		}
		else {
			this.open.push(qName);
		}
	}

	/**
	 * The character of an attribute's value that starts with that one: a reference's,
	 * else white space (a line end as one) as a space.
	 */
	private int attributeCharacter(int c) throws IOException, SAXException {
		if (c == '&') {
			return this.in.reference();
		}
		if (c == '\r') {
			int next = this.in.read();
			if (next != '\n') {
				this.in.unread(next);
			}
			return ' ';
		}
		return (c == '\n' || c == '\t') ? ' ' : this.in.checked(c);
	}

	private static String local(String qName) {
		int colon = qName.indexOf(':');
		return (colon < 0) ? qName : qName.substring(colon + 1);
	}

	private void textPoint(int point) throws SAXException {
		if (this.open.isEmpty() && !SheetXmlInput.isSpace(point)) {
			throw SheetXmlInput.error(this.rootSeen ? "Content is not allowed in trailing section."
					: "Content is not allowed in prolog.");
		}
		if (this.textLength + 2 > this.text.length) {
			flushText();
		}
		if (point > 0xFFFF) {
			this.textLength += Character.toChars(point, this.text, this.textLength);
		}
		else {
			this.text[this.textLength++] = (char) point;
		}
	}

	private void flushText() throws SAXException {
		if (this.textLength > 0 && !this.open.isEmpty()) {
			this.handler.characters(this.text, 0, this.textLength);
		}
		this.textLength = 0;
	}

}
