package com.wbiisg.mapping.exchange.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * Reads an IATI activities file (versions 2.01, 2.02 and 2.03) one activity at a time
 * with StAX, so that memory does not grow with the file: {@link #next()} returns the next
 * activity or {@code null} at the end. Elements of other namespaces and those the
 * platform does not keep are skipped.
 */
public final class IatiReader implements AutoCloseable {

	static final Set<String> VERSIONS = Set.of("2.01", "2.02", "2.03");

	private static final String ROOT = "iati-activities";

	private static final String ACTIVITY = "iati-activity";

	private final XMLStreamReader xml;

	private final String version;

	private final String fileLanguage;

	private int position;

	private boolean finished;

	/**
	 * Opens the file and checks its root element and version.
	 * @throws ImportRejected when it is not XML, has a DOCTYPE, or is not an IATI
	 * 2.01–2.03 activities file
	 */
	public IatiReader(InputStream in) {
		this.xml = SafeXml.reader(in);
		try {
			if (nextElement() != XMLStreamConstants.START_ELEMENT) {
				throw new ImportRejected("The file has no root element.");
			}
			if (!ROOT.equals(this.xml.getLocalName()) || !namespaceless()) {
				throw new ImportRejected("The root element is <" + this.xml.getName() + ">, not <" + ROOT
						+ ">: this is not an IATI activities file.");
			}
			String given = attribute("version");
			if (given == null || !VERSIONS.contains(given)) {
				throw new ImportRejected("The IATI version is " + ((given == null) ? "missing" : given)
						+ "; files of versions 2.01, 2.02 and 2.03 are read (attribute version of <" + ROOT + ">).");
			}
			this.version = given;
			this.fileLanguage = language("en");
		}
		catch (XMLStreamException ex) {
			throw SafeXml.rejected(ex);
		}
	}

	public String version() {
		return this.version;
	}

	/**
	 * The next activity, or {@code null} when there is none.
	 * @throws ImportRejected when the XML breaks off or is malformed
	 */
	public @Nullable IatiActivity next() {
		if (this.finished) {
			return null;
		}
		try {
			while (true) {
				int event = nextElement();
				if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
					this.finished = true;
					return null;
				}
				if (ACTIVITY.equals(this.xml.getLocalName()) && namespaceless()) {
					this.position++;
					return activity();
				}
				skip();
			}
		}
		catch (XMLStreamException ex) {
			throw SafeXml.rejected(ex);
		}
	}

	private IatiActivity activity() throws XMLStreamException {
		IatiActivityBuilder activity = new IatiActivityBuilder(this.position, attribute("default-currency"),
				language(this.fileLanguage));
		while (nextElement() == XMLStreamConstants.START_ELEMENT) {
			if (!namespaceless()) {
				skip();
				continue;
			}
			switch (this.xml.getLocalName()) {
				case "iati-identifier" -> activity.identifier(text());
				case "reporting-org" -> activity.reportingOrg(org(activity.language()));
				case "participating-org" -> {
					String role = attribute("role");
					activity.participant(new IatiActivity.Participant(org(activity.language()), role));
				}
				case "title" -> activity.titles(narratives(activity.language()));
				case "description" -> {
					String type = attribute("type");
					activity.description((type == null) ? "1" : type, narratives(activity.language()));
				}
				case "activity-status" -> {
					activity.status(attribute("code"));
					skip();
				}
				case "activity-date" -> activityDate(activity);
				case "recipient-country" -> {
					String code = attribute("code");
					BigDecimal percentage = IatiValues.number(activity, "recipient-country/@percentage",
							attribute("percentage"));
					if (code != null) {
						activity.country(new IatiActivity.Country(code.toUpperCase(Locale.ROOT), percentage));
					}
					skip();
				}
				case "recipient-region" -> {
					String code = attribute("code");
					BigDecimal percentage = IatiValues.number(activity, "recipient-region/@percentage",
							attribute("percentage"));
					if (code != null) {
						activity.region(new IatiActivity.Region(code, attribute("vocabulary"), percentage));
					}
					skip();
				}
				case "sector" -> {
					String code = attribute("code");
					BigDecimal percentage = IatiValues.number(activity, "sector/@percentage", attribute("percentage"));
					if (code != null) {
						activity.sector(new IatiActivity.Sector(code, attribute("vocabulary"), percentage));
					}
					skip();
				}
				case "budget" -> budget(activity);
				case "transaction" -> transaction(activity);
				default -> skip();
			}
		}
		return activity.build();
	}

	private void activityDate(IatiActivityBuilder activity) throws XMLStreamException {
		String type = attribute("type");
		LocalDate date = IatiValues.date(activity, "activity-date/@iso-date", attribute("iso-date"));
		if (type != null && date != null) {
			activity.date(type, date);
		}
		skip();
	}

	private void budget(IatiActivityBuilder activity) throws XMLStreamException {
		String type = attribute("type");
		LocalDate start = null;
		LocalDate end = null;
		IatiActivity.Value value = null;
		while (nextElement() == XMLStreamConstants.START_ELEMENT) {
			switch (namespaceless() ? this.xml.getLocalName() : "") {
				case "period-start" -> {
					start = IatiValues.date(activity, "budget/period-start/@iso-date", attribute("iso-date"));
					skip();
				}
				case "period-end" -> {
					end = IatiValues.date(activity, "budget/period-end/@iso-date", attribute("iso-date"));
					skip();
				}
				case "value" -> value = value(activity, "budget/value");
				default -> skip();
			}
		}
		activity.budget(new IatiActivity.Budget(type, start, end, value));
	}

	private void transaction(IatiActivityBuilder activity) throws XMLStreamException {
		String type = null;
		LocalDate date = null;
		IatiActivity.Value value = null;
		List<String> countries = new ArrayList<>(1);
		while (nextElement() == XMLStreamConstants.START_ELEMENT) {
			switch (namespaceless() ? this.xml.getLocalName() : "") {
				case "transaction-type" -> {
					type = attribute("code");
					skip();
				}
				case "transaction-date" -> {
					date = IatiValues.date(activity, "transaction/transaction-date/@iso-date", attribute("iso-date"));
					skip();
				}
				case "value" -> value = value(activity, "transaction/value");
				case "recipient-country" -> {
					String code = attribute("code");
					if (code != null) {
						countries.add(code.toUpperCase(Locale.ROOT));
					}
					skip();
				}
				default -> skip();
			}
		}
		activity.transaction(new IatiActivity.Transaction(type, date, value, countries));
	}

	private IatiActivity.@Nullable Value value(IatiActivityBuilder activity, String column) throws XMLStreamException {
		String currency = attribute("currency");
		LocalDate valueDate = IatiValues.date(activity, column + "/@value-date", attribute("value-date"));
		BigDecimal amount = IatiValues.number(activity, column, text());
		if (amount == null) {
			activity.problem(column, "The amount is missing.");
			return null;
		}
		return new IatiActivity.Value(amount, (currency == null) ? null : currency.toUpperCase(Locale.ROOT), valueDate);
	}

	private IatiActivity.Org org(String language) throws XMLStreamException {
		String ref = attribute("ref");
		String type = attribute("type");
		Map<String, String> names = narratives(language);
		return new IatiActivity.Org(ref, type, IatiTexts.preferred(names));
	}

	/**
	 * The narratives of the current element by language, or its own text (IATI 1.x style)
	 * under the default language; the element is consumed.
	 */
	private Map<String, String> narratives(String defaultLanguage) throws XMLStreamException {
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
	private @Nullable String text() throws XMLStreamException {
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
	private int nextElement() throws XMLStreamException {
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
	private void skip() throws XMLStreamException {
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

	private boolean namespaceless() {
		String namespace = this.xml.getNamespaceURI();
		return namespace == null || namespace.isEmpty();
	}

	private @Nullable String attribute(String name) {
		String value = this.xml.getAttributeValue(null, name);
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	private String language(String fallback) {
		String lang = this.xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
		return (lang == null || lang.isBlank()) ? fallback : lang.strip().toLowerCase(Locale.ROOT);
	}

	@Override
	public void close() {
		try {
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			throw SafeXml.rejected(ex);
		}
	}

}
