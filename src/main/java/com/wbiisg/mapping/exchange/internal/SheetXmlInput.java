package com.wbiisg.mapping.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The characters of the XML {@link SheetXmlScanner} reads, decoded from UTF-8 (a byte
 * sequence that is not UTF-8 is an error, as for the JDK's parser), with what the scanner
 * reads character by character: names, references, the characters XML allows.
 */
final class SheetXmlInput {

	private static final int NONE = -2;

	/**
	 * The longest name of an element or attribute, as the JDK's parser allows it.
	 */
	private static final int MAX_NAME = 1000;

	private final Reader in;

	private final char[] buffer = new char[1 << 16];

	private int position;

	private int length;

	private int back = NONE;

	private char[] name = new char[64];

	private int nameLength;

	private final String[] names = new String[256];

	SheetXmlInput(InputStream in) {
		this.in = new InputStreamReader(in,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

	/**
	 * The name that starts with that character, as one string per distinct name.
	 */
	String name(int first) throws IOException, SAXException {
		this.nameLength = 0;
		int hash = 0;
		int c = first;
		while (c != -1 && c != '>' && c != '/' && c != '=' && c != '<' && !isSpace(c)) {
			if (this.nameLength == MAX_NAME) {
				throw error("A name is longer than " + MAX_NAME + " characters (jdk.xml.maxXMLNameLimit).");
			}
			if (this.nameLength == this.name.length) {
				this.name = Arrays.copyOf(this.name, this.name.length * 2);
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

	/**
	 * The character of the reference whose {@code &} was read.
	 */
	int reference() throws IOException, SAXException {
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

	int checked(int c) throws SAXException {
		if (!isXmlCharacter(c) && !Character.isSurrogate((char) c)) {
			throw error("An invalid XML character (Unicode: 0x" + Integer.toHexString(c) + ") was found.");
		}
		return c;
	}

	private static boolean isXmlCharacter(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	void skipPast(String end) throws IOException, SAXException {
		int matched = 0;
		for (int c = read(); c != -1; c = read()) {
			matched = (c == end.charAt(matched)) ? matched + 1 : (c == end.charAt(0)) ? 1 : 0;
			if (matched == end.length()) {
				return;
			}
		}
		throw error("XML document structures must start and end within the same entity.");
	}

	boolean matches(String rest) throws IOException {
		for (int i = 0; i < rest.length(); i++) {
			if (read() != rest.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	int skipSpaces(int c) throws IOException {
		while (isSpace(c)) {
			c = read();
		}
		return c;
	}

	static boolean isSpace(int c) {
		return c == ' ' || c == '\n' || c == '\t' || c == '\r';
	}

	/**
	 * The next character, or -1 at the end: the one given back first, if any.
	 */
	int read() throws IOException {
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
	void unread(int c) {
		this.back = c;
	}

	static SAXParseException error(String message) {
		return new SAXParseException(message, null);
	}

}
