package com.wbiisg.mapping.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

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

	private static final int BUFFER = 1 << 16;

	private static final int NONE = -2;

	private final Reader in;

	private final ContentHandler handler;

	private final char[] buffer = new char[BUFFER];

	private int position;

	private int length;

	private final char[] text = new char[BUFFER];

	private int textLength;

	private char[] name = new char[64];

	private int nameLength;

	private final String[] names = new String[256];

	private final ArrayDeque<String> open = new ArrayDeque<>();

	private final SheetXmlAttributes attributes = new SheetXmlAttributes();

	private boolean rootSeen;

	private int back = NONE;

	private SheetXmlScanner(InputStream in, ContentHandler handler) {
		this.in = new InputStreamReader(in,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
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
		int c = read();
		if (c == 0xFEFF) {
			c = read();
		}
		while (c != -1) {
			if (c == '<') {
				flushText();
				markup();
			}
			else if (c == '&') {
				textPoint(reference());
			}
			else if (c == '\r') {
				textPoint('\n');
				c = read();
				if (c != '\n') {
					continue;
				}
			}
			else {
				textPoint(checked(c));
			}
			c = read();
		}
		flushText();
		if (!this.open.isEmpty() || !this.rootSeen) {
			throw error("XML document structures must start and end within the same entity.");
		}
		this.handler.endDocument();
	}

	private void markup() throws IOException, SAXException {
		int c = read();
		if (c == '?') {
			skipPast("?>");
		}
		else if (c == '!') {
			declaration();
		}
		else if (c == '/') {
			String qName = name(read());
			int next = skipSpaces(read());
			if (next != '>' || this.open.isEmpty() || !this.open.peek().equals(qName)) {
				String expected = this.open.isEmpty() ? qName : this.open.peek();
				throw error("The element type \"" + expected + "\" must be terminated by the matching end-tag \"</"
						+ expected + ">\".");
			}
			this.open.pop();
			this.handler.endElement("", local(qName), qName);
		}
		else {
			startTag(c);
		}
	}

	private void declaration() throws IOException, SAXException {
		int c = read();
		if (c == '-' && read() == '-') {
			skipPast("-->");
		}
		else if (c == '[' && matches("CDATA[")) {
			if (this.open.isEmpty()) {
				throw error("Content is not allowed in prolog.");
			}
			cdata();
		}
		else if (c == 'D' && matches("OCTYPE")) {
			throw error("DOCTYPE is disallowed when the feature "
					+ "\"http://apache.org/xml/features/disallow-doctype-decl\" set to true.");
		}
		else {
			throw error("The markup in the document must be well-formed.");
		}
	}

	private void cdata() throws IOException, SAXException {
		int brackets = 0;
		for (int c = read(); c != -1; c = read()) {
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
				int next = read();
				if (next != '\n') {
					unread(next);
				}
			}
			textPoint(checked(c));
		}
		throw error("The CDATA section must end with \"]]>\".");
	}

	private void startTag(int first) throws IOException, SAXException {
		if (this.rootSeen && this.open.isEmpty()) {
			throw error("The markup in the document following the root element must be well-formed.");
		}
		String qName = name(first);
		this.attributes.clear();
		int c = skipSpaces(read());
		while (c != '>' && c != '/') {
			String attribute = name(c);
			if (skipSpaces(read()) != '=') {
				throw error("Attribute name \"" + attribute + "\" associated with an element type \"" + qName
						+ "\" must be followed by the ' = ' character.");
			}
			int quote = skipSpaces(read());
			if (quote != '"' && quote != '\'') {
				throw error("Open quote is expected for attribute \"" + attribute + "\".");
			}
			this.attributes.start(attribute);
			for (c = read(); c != quote; c = read()) {
				if (c == -1 || c == '<') {
					throw error("The value of attribute \"" + attribute + "\" must not contain the '<' character.");
				}
				this.attributes.add(attributeCharacter(c));
			}
			if (!this.attributes.end()) {
				throw error("Attribute \"" + attribute + "\" was already specified for element \"" + qName + "\".");
			}
			c = skipSpaces(read());
		}
		boolean empty = c == '/';
		if (empty && read() != '>') {
			throw error("Element type \"" + qName + "\" must be followed by either attribute specifications, "
					+ "\">\" or \"/>\".");
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
			return reference();
		}
		if (c == '\r') {
			int next = read();
			if (next != '\n') {
				unread(next);
			}
			return ' ';
		}
		return (c == '\n' || c == '\t') ? ' ' : checked(c);
	}

	/**
	 * The name that starts with that character, as one string per distinct name.
	 */
	private String name(int first) throws IOException, SAXException {
		this.nameLength = 0;
		int hash = 0;
		int c = first;
		while (c != -1 && c != '>' && c != '/' && c != '=' && c != '<' && !isSpace(c)) {
			if (this.nameLength == this.name.length) {
				this.name = java.util.Arrays.copyOf(this.name, this.name.length * 2);
			}
			this.name[this.nameLength++] = (char) c;
			hash = 31 * hash + c;
			c = read();
		}
		if (this.nameLength == 0) {
			throw error("The markup in the document must be well-formed.");
		}
		unread(c);
		int slot = hash & (this.names.length - 1);
		String known = this.names[slot];
		if (known != null && known.length() == this.nameLength) {
			boolean same = true;
			for (int i = 0; i < this.nameLength && same; i++) {
				same = known.charAt(i) == this.name[i];
			}
			if (same) {
				return known;
			}
		}
		// interned, so that a handler's constants match it at once
		String created = new String(this.name, 0, this.nameLength).intern();
		this.names[slot] = created;
		return created;
	}

	private static String local(String qName) {
		int colon = qName.indexOf(':');
		return (colon < 0) ? qName : qName.substring(colon + 1);
	}

	/**
	 * The character of the reference whose {@code &} was read.
	 */
	private int reference() throws IOException, SAXException {
		StringBuilder reference = new StringBuilder();
		for (int c = read(); c != ';'; c = read()) {
			if (c == -1 || reference.length() > 12) {
				throw error("The entity name must immediately follow the '&' in the entity reference.");
			}
			reference.append((char) c);
		}
		String name = reference.toString();
		switch (name) {
			case "lt":
				return '<';
			case "gt":
				return '>';
			case "amp":
				return '&';
			case "quot":
				return '"';
			case "apos":
				return '\'';
			default:
		}
		if (!name.startsWith("#")) {
			throw error("The entity \"" + name + "\" was referenced, but not declared.");
		}
		int point;
		try {
			point = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
					: Integer.parseInt(name.substring(1));
		}
		catch (NumberFormatException ex) {
			point = -1;
		}
		if (!isXmlCharacter(point)) {
			throw error("Character reference \"&" + name + "\" is an invalid XML character.");
		}
		return point;
	}

	private int checked(int c) throws SAXException {
		if (!isXmlCharacter(c) && !Character.isSurrogate((char) c)) {
			throw error("An invalid XML character (Unicode: 0x" + Integer.toHexString(c) + ") was found.");
		}
		return c;
	}

	private static boolean isXmlCharacter(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	private void textPoint(int point) throws SAXException {
		if (this.open.isEmpty() && !isSpace(point)) {
			throw error(this.rootSeen ? "Content is not allowed in trailing section."
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

	private void skipPast(String end) throws IOException, SAXException {
		int matched = 0;
		for (int c = read(); c != -1; c = read()) {
			matched = (c == end.charAt(matched)) ? matched + 1 : (c == end.charAt(0)) ? 1 : 0;
			if (matched == end.length()) {
				return;
			}
		}
		throw error("XML document structures must start and end within the same entity.");
	}

	private boolean matches(String rest) throws IOException {
		for (int i = 0; i < rest.length(); i++) {
			if (read() != rest.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private int skipSpaces(int c) throws IOException {
		while (isSpace(c)) {
			c = read();
		}
		return c;
	}

	private static boolean isSpace(int c) {
		return c == ' ' || c == '\n' || c == '\t' || c == '\r';
	}

	/**
	 * The next character, or -1 at the end: the one given back first, if any.
	 */
	private int read() throws IOException {
		if (this.back != NONE) {
			int c = this.back;
			this.back = NONE;
			return c;
		}
		if (this.position == this.length) {
			this.length = this.in.read(this.buffer, 0, this.buffer.length);
			this.position = 0;
			if (this.length <= 0) {
				this.length = 0;
				return -1;
			}
		}
		return this.buffer[this.position++];
	}

	/**
	 * Gives back the character read last, to be read again.
	 */
	private void unread(int c) {
		this.back = c;
	}

	private static SAXParseException error(String message) {
		return new SAXParseException(message, null);
	}

}
