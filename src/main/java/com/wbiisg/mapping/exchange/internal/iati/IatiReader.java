package com.wbiisg.mapping.exchange.internal.iati;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.wbiisg.mapping.exchange.internal.ImportRejected;
import com.wbiisg.mapping.shared.UserText;
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

	private final XmlCursor cursor;

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
		this.cursor = new XmlCursor(this.xml);
		try {
			if (this.cursor.nextElement() != XMLStreamConstants.START_ELEMENT) {
				throw new ImportRejected(UserText.of("exchange.iati.noRoot").english());
			}
			if (!ROOT.equals(this.xml.getLocalName()) || !this.cursor.namespaceless()) {
				throw new ImportRejected(
						UserText.of("exchange.iati.notActivities", this.xml.getName().toString()).english());
			}
			String given = this.cursor.attribute("version");
			if (given == null || !VERSIONS.contains(given)) {
				throw new ImportRejected(((given == null) ? UserText.of("exchange.iati.versionMissing")
						: UserText.of("exchange.iati.version", given))
					.english());
			}
			this.version = given;
			this.fileLanguage = this.cursor.language("en");
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
				int event = this.cursor.nextElement();
				if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
					this.finished = true;
					return null;
				}
				if (ACTIVITY.equals(this.xml.getLocalName()) && this.cursor.namespaceless()) {
					this.position++;
					return activity();
				}
				this.cursor.skip();
			}
		}
		catch (XMLStreamException ex) {
			throw SafeXml.rejected(ex);
		}
	}

	private IatiActivity activity() throws XMLStreamException {
		IatiActivityBuilder activity = new IatiActivityBuilder(this.position, this.cursor.attribute("default-currency"),
				this.cursor.language(this.fileLanguage));
		while (this.cursor.nextElement() == XMLStreamConstants.START_ELEMENT) {
			if (!this.cursor.namespaceless()) {
				this.cursor.skip();
				continue;
			}
			switch (this.xml.getLocalName()) {
				case "iati-identifier" -> activity.identifier(this.cursor.text());
				case "reporting-org" -> activity.reportingOrg(org(activity.language()));
				case "participating-org" -> {
					String role = this.cursor.attribute("role");
					activity.participant(new IatiActivity.Participant(org(activity.language()), role));
				}
				case "title" -> activity.titles(this.cursor.narratives(activity.language()));
				case "description" -> {
					String type = this.cursor.attribute("type");
					activity.description((type == null) ? "1" : type, this.cursor.narratives(activity.language()));
				}
				case "activity-status" -> {
					activity.status(this.cursor.attribute("code"));
					this.cursor.skip();
				}
				case "activity-date" -> activityDate(activity);
				case "recipient-country" -> {
					String code = this.cursor.attribute("code");
					BigDecimal percentage = IatiValues.number(activity, "recipient-country/@percentage",
							this.cursor.attribute("percentage"));
					if (code != null) {
						activity.country(new IatiActivity.Country(code.toUpperCase(Locale.ROOT), percentage));
					}
					this.cursor.skip();
				}
				case "recipient-region" -> {
					String code = this.cursor.attribute("code");
					BigDecimal percentage = IatiValues.number(activity, "recipient-region/@percentage",
							this.cursor.attribute("percentage"));
					if (code != null) {
						activity.region(new IatiActivity.Region(code, this.cursor.attribute("vocabulary"), percentage));
					}
					this.cursor.skip();
				}
				case "sector" -> {
					String code = this.cursor.attribute("code");
					BigDecimal percentage = IatiValues.number(activity, "sector/@percentage",
							this.cursor.attribute("percentage"));
					if (code != null) {
						activity.sector(new IatiActivity.Sector(code, this.cursor.attribute("vocabulary"), percentage));
					}
					this.cursor.skip();
				}
				case "budget" -> budget(activity);
				case "transaction" -> transaction(activity);
				default -> this.cursor.skip();
			}
		}
		return activity.build();
	}

	private void activityDate(IatiActivityBuilder activity) throws XMLStreamException {
		String type = this.cursor.attribute("type");
		LocalDate date = IatiValues.date(activity, "activity-date/@iso-date", this.cursor.attribute("iso-date"));
		if (type != null && date != null) {
			activity.date(type, date);
		}
		this.cursor.skip();
	}

	private void budget(IatiActivityBuilder activity) throws XMLStreamException {
		String type = this.cursor.attribute("type");
		LocalDate start = null;
		LocalDate end = null;
		IatiActivity.Value value = null;
		while (this.cursor.nextElement() == XMLStreamConstants.START_ELEMENT) {
			switch (this.cursor.namespaceless() ? this.xml.getLocalName() : "") {
				case "period-start" -> {
					start = IatiValues.date(activity, "budget/period-start/@iso-date",
							this.cursor.attribute("iso-date"));
					this.cursor.skip();
				}
				case "period-end" -> {
					end = IatiValues.date(activity, "budget/period-end/@iso-date", this.cursor.attribute("iso-date"));
					this.cursor.skip();
				}
				case "value" -> value = value(activity, "budget/value");
				default -> this.cursor.skip();
			}
		}
		activity.budget(new IatiActivity.Budget(type, start, end, value));
	}

	private void transaction(IatiActivityBuilder activity) throws XMLStreamException {
		String type = null;
		LocalDate date = null;
		IatiActivity.Value value = null;
		List<String> countries = new ArrayList<>(1);
		while (this.cursor.nextElement() == XMLStreamConstants.START_ELEMENT) {
			switch (this.cursor.namespaceless() ? this.xml.getLocalName() : "") {
				case "transaction-type" -> {
					type = this.cursor.attribute("code");
					this.cursor.skip();
				}
				case "transaction-date" -> {
					date = IatiValues.date(activity, "transaction/transaction-date/@iso-date",
							this.cursor.attribute("iso-date"));
					this.cursor.skip();
				}
				case "value" -> value = value(activity, "transaction/value");
				case "recipient-country" -> {
					String code = this.cursor.attribute("code");
					if (code != null) {
						countries.add(code.toUpperCase(Locale.ROOT));
					}
					this.cursor.skip();
				}
				default -> this.cursor.skip();
			}
		}
		activity.transaction(new IatiActivity.Transaction(type, date, value, countries));
	}

	private IatiActivity.@Nullable Value value(IatiActivityBuilder activity, String column) throws XMLStreamException {
		String currency = this.cursor.attribute("currency");
		LocalDate valueDate = IatiValues.date(activity, column + "/@value-date", this.cursor.attribute("value-date"));
		BigDecimal amount = IatiValues.number(activity, column, this.cursor.text());
		if (amount == null) {
			activity.problem(column, UserText.of("exchange.iati.noAmount"));
			return null;
		}
		return new IatiActivity.Value(amount, (currency == null) ? null : currency.toUpperCase(Locale.ROOT), valueDate);
	}

	private IatiActivity.Org org(String language) throws XMLStreamException {
		String ref = this.cursor.attribute("ref");
		String type = this.cursor.attribute("type");
		Map<String, String> names = this.cursor.narratives(language);
		return new IatiActivity.Org(ref, type, IatiTexts.preferred(names));
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
