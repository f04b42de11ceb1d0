package com.wbiisg.mapping.exchange.internal.iati;

import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import org.codehaus.stax2.XMLInputFactory2;

import com.wbiisg.mapping.exchange.internal.ImportRejected;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

/**
 * The one place where the exchange module reads XML, hardened against hostile files: no
 * DTDs, no external entities, no entity replacement, and any DOCTYPE refused with a clear
 * message before anything in it is acted upon. The same holds for the schema validator.
 */
public final class SafeXml {

	private static final XMLInputFactory INPUT = inputFactory();

	private SafeXml() {
	}

	/**
	 * Aalto's StAX parser, which reads an IATI file in about 60 % of the time of the
	 * JDK's (docs/performance.md): with it, the reading of a large file no longer bounds
	 * an import. A DOCTYPE is still reported to {@link Guarded}, which refuses it before
	 * anything in it is acted upon; Aalto never reads external entities or a DTD.
	 */
	private static XMLInputFactory inputFactory() {
		XMLInputFactory factory = new InputFactoryImpl();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		// a token is read whole by next(), which reports a malformed one; read lazily,
		// its
		// text would fail later in getText(), which may not declare the error
		factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
		factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
			throw new XMLStreamException(UserText.of("exchange.iati.xml.externalResource", systemId).english());
		});
		return factory;
	}

	/**
	 * A reader over the stream that refuses a DOCTYPE and any entity reference.
	 * @throws ImportRejected when the stream cannot even be opened as XML
	 */
	public static XMLStreamReader reader(InputStream in) {
		try {
			return new Guarded(INPUT.createXMLStreamReader(in));
		}
		catch (XMLStreamException ex) {
			throw rejected(ex);
		}
	}

	/**
	 * The error for the uploader: what is wrong and at which line and column.
	 */
	public static ImportRejected rejected(XMLStreamException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			// an upload that broke off says why through the parser's I/O error
			if (cause instanceof ImportRejected rejected) {
				return rejected;
			}
		}
		Location location = ex.getLocation();
		return new ImportRejected(
				(known(location)
						? UserText.of("exchange.iati.xml.malformedAt", location.getLineNumber(),
								location.getColumnNumber(), plain(ex.getMessage()))
						: UserText.of("exchange.iati.xml.malformed", plain(ex.getMessage())))
					.english(),
				ex);
	}

	private static boolean known(@Nullable Location location) {
		return location != null && location.getLineNumber() >= 0;
	}

	private static String plain(@Nullable String message) {
		if (message == null) {
			return UserText.of("exchange.iati.xml.unreadable").english();
		}
		// Aalto's messages end with "\n at [row,col {unknown-source}]: [r,c]", which the
		// caller has already said in words.
		int at = message.indexOf("\n at [row,col");
		return (at >= 0) ? message.substring(0, at).trim() : message.trim();
	}

	/**
	 * A validator against the schema that reads no external DTD and refuses a DOCTYPE.
	 */
	public static Validator validator(Schema schema) {
		Validator validator = schema.newValidator();
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			validator.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		}
		catch (SAXNotRecognizedException | SAXNotSupportedException ex) {
			throw new IllegalStateException("The XML validator cannot be hardened", ex);
		}
		return validator;
	}

	/**
	 * A schema factory that reads schema documents only from files (the schema's own
	 * imports) and never a DTD.
	 */
	public static SchemaFactory schemaFactory() {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		try {
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
		}
		catch (SAXException ex) {
			throw new IllegalStateException("The schema factory cannot be hardened", ex);
		}
		return factory;
	}

	/**
	 * Refuses the events a safe file never has: a DOCTYPE and entity references (with no
	 * DTD, only the five predefined entities exist, and those are replaced by the parser
	 * anyway).
	 */
	private static final class Guarded extends StreamReaderDelegate {

		Guarded(XMLStreamReader reader) {
			super(reader);
			check(reader.getEventType());
		}

		@Override
		public int next() throws XMLStreamException {
			return check(super.next());
		}

		@Override
		public int nextTag() throws XMLStreamException {
			return check(super.nextTag());
		}

		private int check(int event) {
			if (event == XMLStreamConstants.DTD) {
				Location location = getLocation();
				throw new ImportRejected(
						(known(location) ? UserText.of("exchange.iati.xml.doctypeAt", location.getLineNumber(),
								location.getColumnNumber()) : UserText.of("exchange.iati.xml.doctype"))
							.english());
			}
			if (event == XMLStreamConstants.ENTITY_REFERENCE) {
				Location location = getLocation();
				throw new ImportRejected(
						(known(location)
								? UserText.of("exchange.iati.xml.entityAt", getLocalName(), location.getLineNumber(),
										location.getColumnNumber())
								: UserText.of("exchange.iati.xml.entity", getLocalName()))
							.english());
			}
			return event;
		}

	}

}
