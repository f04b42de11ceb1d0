package com.wbiisg.mapping.exchange.internal;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;

/**
 * The attributes of the element {@link SheetXmlScanner} read last, their values kept as
 * characters and made strings only when asked for (a cell's {@code r}, {@code t} and
 * {@code s}; a row's {@code spans} is never read). Names are not resolved against
 * namespaces: the local name is the name after its prefix, the URI empty.
 */
final class SheetXmlAttributes implements Attributes {

	private String[] names = new String[8];

	private int[] starts = new int[8];

	private int[] ends = new int[8];

	private int count;

	private char[] values = new char[256];

	private int used;

	void clear() {
		this.count = 0;
		this.used = 0;
	}

	/**
	 * Starts the value of the attribute of that name.
	 */
	void start(String name) {
		if (this.count == this.names.length) {
			this.names = Arrays.copyOf(this.names, this.count * 2);
			this.starts = Arrays.copyOf(this.starts, this.count * 2);
			this.ends = Arrays.copyOf(this.ends, this.count * 2);
		}
		this.names[this.count] = name;
		this.starts[this.count] = this.used;
	}

	/**
	 * Adds a character (a code point) to the value started last.
	 */
	void add(int point) {
		if (this.used + 2 > this.values.length) {
			this.values = Arrays.copyOf(this.values, this.values.length * 2);
		}
		if (point > 0xFFFF) {
			this.used += Character.toChars(point, this.values, this.used);
		}
		else {
			this.values[this.used++] = (char) point;
		}
	}

	/**
	 * Ends the value started last.
	 * @return false when the element has an attribute of that name already
	 */
	boolean end() {
		String name = this.names[this.count];
		for (int i = 0; i < this.count; i++) {
			if (this.names[i].equals(name)) {
				return false;
			}
		}
		this.ends[this.count++] = this.used;
		return true;
	}

	@Override
	public int getLength() {
		return this.count;
	}

	@Override
	public @Nullable String getURI(int index) {
		return (index < 0 || index >= this.count) ? null : "";
	}

	@Override
	public @Nullable String getLocalName(int index) {
		if (index < 0 || index >= this.count) {
			return null;
		}
		String name = this.names[index];
		return name.substring(name.indexOf(':') + 1);
	}

	@Override
	public @Nullable String getQName(int index) {
		return (index < 0 || index >= this.count) ? null : this.names[index];
	}

	@Override
	public @Nullable String getType(int index) {
		return (index < 0 || index >= this.count) ? null : "CDATA";
	}

	@Override
	public @Nullable String getValue(int index) {
		return (index < 0 || index >= this.count) ? null
				: new String(this.values, this.starts[index], this.ends[index] - this.starts[index]);
	}

	@Override
	public int getIndex(String uri, String localName) {
		for (int i = 0; i < this.count; i++) {
			if (localName.equals(getLocalName(i))) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public int getIndex(String qName) {
		for (int i = 0; i < this.count; i++) {
			if (this.names[i] == qName) {
				return i;
			}
		}
		for (int i = 0; i < this.count; i++) {
			if (this.names[i].equals(qName)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public @Nullable String getType(String uri, String localName) {
		return getType(getIndex(uri, localName));
	}

	@Override
	public @Nullable String getType(String qName) {
		return getType(getIndex(qName));
	}

	@Override
	public @Nullable String getValue(String uri, String localName) {
		return getValue(getIndex(uri, localName));
	}

	@Override
	public @Nullable String getValue(String qName) {
		return getValue(getIndex(qName));
	}

}
