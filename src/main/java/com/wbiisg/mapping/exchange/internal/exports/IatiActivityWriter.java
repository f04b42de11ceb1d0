package com.wbiisg.mapping.exchange.internal.exports;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.wbiisg.mapping.exchange.internal.iati.IatiMapping;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.responses.IatiProjectRecord;
import com.wbiisg.mapping.responses.IatiProjects.IatiProjectState;
import com.wbiisg.mapping.responses.ProjectView;
import org.jspecify.annotations.Nullable;

/**
 * Writes projects as an IATI 2.03 activities file with StAX, one activity at a time, in
 * the element order of the schema. A project without an IATI identifier gets one made of
 * the platform's prefix and its id; an organisation without one a ref of the same kind. A
 * project with no date at all is left out with a comment, since an activity must have
 * one.
 */
final class IatiActivityWriter implements AutoCloseable {

	static final String PREFIX = "XI-IISG-";

	/**
	 * The JDK's own writer, not whichever the classpath registers as the default.
	 */
	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

	private final XMLStreamWriter xml;

	private final LongFunction<@Nullable Organisation> organisations;

	IatiActivityWriter(OutputStream out, LongFunction<@Nullable Organisation> organisations, Instant now) {
		this.organisations = organisations;
		try {
			this.xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
			this.xml.writeStartDocument("UTF-8", "1.0");
			this.xml.writeCharacters("\n");
			this.xml.writeStartElement("iati-activities");
			this.xml.writeAttribute("version", "2.03");
			this.xml.writeAttribute("generated-datetime", now.truncatedTo(ChronoUnit.SECONDS).toString());
			this.xml.writeCharacters("\n");
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write IATI XML", ex);
		}
	}

	/**
	 * Writes the project as an activity, or a comment when it has no date.
	 * @return whether an activity was written
	 */
	boolean activity(IatiProjectState state) {
		ProjectView project = state.project();
		try {
			if (project.plannedStart() == null && project.plannedEnd() == null && project.actualStart() == null
					&& project.actualEnd() == null) {
				this.xml.writeComment(" project " + project.id() + " left out: it has no date ");
				this.xml.writeCharacters("\n");
				return false;
			}
			this.xml.writeStartElement("iati-activity");
			this.xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", "en");
			this.xml.writeAttribute("default-currency", project.budget().currency());
			this.xml.writeAttribute("last-updated-datetime",
					project.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
			text("iati-identifier",
					(project.iatiIdentifier() != null) ? project.iatiIdentifier() : PREFIX + "PROJECT-" + project.id());
			Organisation reporting = this.organisations.apply(project.reportingOrganisationId());
			this.xml.writeStartElement("reporting-org");
			this.xml.writeAttribute("ref", ref(reporting, project.reportingOrganisationId()));
			this.xml.writeAttribute("type", (reporting == null) ? "90" : reporting.type().code());
			narrative(null, (reporting == null) ? project.reportingOrganisation() : reporting.name());
			this.xml.writeEndElement();
			texts(state, project);
			for (ProjectView.Participant participant : project.organisations()) {
				Organisation organisation = this.organisations.apply(participant.organisationId());
				this.xml.writeStartElement("participating-org");
				this.xml.writeAttribute("ref", ref(organisation, participant.organisationId()));
				this.xml.writeAttribute("role", participant.role().iatiCode());
				if (organisation != null) {
					this.xml.writeAttribute("type", organisation.type().code());
				}
				narrative(null, participant.name());
				this.xml.writeEndElement();
			}
			empty("activity-status", "code", project.status().iatiCode());
			date("1", project.plannedStart());
			date("2", project.actualStart());
			date("3", project.plannedEnd());
			date("4", project.actualEnd());
			places(project);
			for (IatiProjectRecord.Sector sector : state.sectors()) {
				this.xml.writeEmptyElement("sector");
				this.xml.writeAttribute("vocabulary", sector.vocabulary());
				this.xml.writeAttribute("code", sector.code());
				if (sector.percentage() != null) {
					this.xml.writeAttribute("percentage", sector.percentage().stripTrailingZeros().toPlainString());
				}
			}
			budget(project);
			transactions(project);
			this.xml.writeEndElement();
			this.xml.writeCharacters("\n");
			return true;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write IATI XML", ex);
		}
	}

	private void texts(IatiProjectState state, ProjectView project) throws XMLStreamException {
		Map<String, String> titles = new LinkedHashMap<>();
		Map<String, Map<String, String>> descriptions = new LinkedHashMap<>();
		for (IatiProjectRecord.Narrative narrative : state.narratives()) {
			if (narrative.element().equals("title")) {
				titles.putIfAbsent(narrative.language(), narrative.text());
			}
			else {
				descriptions.computeIfAbsent(narrative.type(), (type) -> new LinkedHashMap<>())
					.putIfAbsent(narrative.language(), narrative.text());
			}
		}
		// The project's own title and description win over what an import once said.
		titles.put("en", project.title());
		Map<String, String> general = descriptions.computeIfAbsent("1", (type) -> new LinkedHashMap<>());
		general.put("en", (project.description() != null) ? project.description() : project.title());
		this.xml.writeStartElement("title");
		for (Map.Entry<String, String> title : titles.entrySet()) {
			narrative(title.getKey(), title.getValue());
		}
		this.xml.writeEndElement();
		for (Map.Entry<String, Map<String, String>> description : descriptions.entrySet()) {
			this.xml.writeStartElement("description");
			this.xml.writeAttribute("type", description.getKey());
			for (Map.Entry<String, String> text : description.getValue().entrySet()) {
				narrative(text.getKey(), text.getValue());
			}
			this.xml.writeEndElement();
		}
	}

	private void places(ProjectView project) throws XMLStreamException {
		List<String> countries = new ArrayList<>(project.partners());
		boolean regional = countries.remove(IatiMapping.REGIONAL);
		for (String country : countries) {
			empty("recipient-country", "code", country);
		}
		if (regional) {
			this.xml.writeEmptyElement("recipient-region");
			this.xml.writeAttribute("code", IatiMapping.WESTERN_BALKANS_REGION);
			this.xml.writeAttribute("vocabulary", "1");
		}
	}

	private void budget(ProjectView project) throws XMLStreamException {
		LocalDate start = project.start();
		LocalDate end = project.end();
		if (project.budget().amount() == null || start == null || end == null) {
			return;
		}
		this.xml.writeStartElement("budget");
		this.xml.writeAttribute("type", "1");
		this.xml.writeAttribute("status", "2");
		empty("period-start", "iso-date", start.toString());
		empty("period-end", "iso-date", end.toString());
		value(project.budget().amount(), start);
		this.xml.writeEndElement();
	}

	private void transactions(ProjectView project) throws XMLStreamException {
		for (ProjectView.Funding line : project.funding()) {
			LocalDate date = (line.year() != null) ? LocalDate.of(line.year(), 1, 1) : project.start();
			if (date == null) {
				continue;
			}
			String type = switch (line.stage()) {
				case PLEDGED -> "12";
				case COMMITTED -> "2";
				case DISBURSED -> "3";
			};
			this.xml.writeStartElement("transaction");
			empty("transaction-type", "code", type);
			empty("transaction-date", "iso-date", date.toString());
			value(line.amount(), date);
			this.xml.writeEndElement();
		}
	}

	private void value(BigDecimal amount, LocalDate date) throws XMLStreamException {
		this.xml.writeStartElement("value");
		this.xml.writeAttribute("value-date", date.toString());
		this.xml.writeCharacters(amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
		this.xml.writeEndElement();
	}

	private void date(String type, @Nullable LocalDate date) throws XMLStreamException {
		if (date != null) {
			this.xml.writeEmptyElement("activity-date");
			this.xml.writeAttribute("type", type);
			this.xml.writeAttribute("iso-date", date.toString());
		}
	}

	private void narrative(@Nullable String language, String text) throws XMLStreamException {
		this.xml.writeStartElement("narrative");
		if (language != null) {
			this.xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", language);
		}
		this.xml.writeCharacters(text);
		this.xml.writeEndElement();
	}

	private void text(String element, String text) throws XMLStreamException {
		this.xml.writeStartElement(element);
		this.xml.writeCharacters(text);
		this.xml.writeEndElement();
	}

	private void empty(String element, String attribute, String value) throws XMLStreamException {
		this.xml.writeEmptyElement(element);
		this.xml.writeAttribute(attribute, value);
	}

	private static String ref(@Nullable Organisation organisation, long id) {
		return (organisation != null && organisation.iatiIdentifier() != null) ? organisation.iatiIdentifier()
				: PREFIX + "ORG-" + id;
	}

	@Override
	public void close() {
		try {
			this.xml.writeEndElement();
			this.xml.writeEndDocument();
			this.xml.flush();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write IATI XML", ex);
		}
	}

}
