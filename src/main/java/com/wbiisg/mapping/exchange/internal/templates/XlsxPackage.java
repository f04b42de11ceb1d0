package com.wbiisg.mapping.exchange.internal.templates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.wbiisg.mapping.exchange.internal.ImportRejected;
import com.wbiisg.mapping.shared.UserText;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.xml.sax.SAXException;

/**
 * An uploaded workbook opened read-only, once {@link XlsxGuard} let it through, with its
 * custom properties; every way POI can fail on a hostile or broken file becomes an
 * {@link ImportRejected} that says so.
 */
final class XlsxPackage implements AutoCloseable {

	private final OPCPackage opc;

	private final String name;

	private XlsxPackage(OPCPackage opc, String name) {
		this.opc = opc;
		this.name = name;
	}

	static XlsxPackage open(Path file, String name) {
		try {
			return new XlsxPackage(OPCPackage.open(file.toFile(), PackageAccess.READ), name);
		}
		catch (OpenXML4JException | RuntimeException ex) {
			throw rejected(name, ex);
		}
	}

	/**
	 * The workbook's custom properties (text values).
	 */
	Map<String, String> customProperties() {
		try {
			POIXMLProperties properties = new POIXMLProperties(this.opc);
			Map<String, String> values = new HashMap<>();
			for (CTProperty property : properties.getCustomProperties().getUnderlyingProperties().getPropertyArray()) {
				if (property.isSetLpwstr()) {
					values.put(property.getName(), property.getLpwstr());
				}
			}
			return values;
		}
		catch (IOException | OpenXML4JException | XmlException | RuntimeException ex) {
			throw rejected(this.name, ex);
		}
	}

	/**
	 * Streams the rows of a sheet.
	 * @throws ImportRejected when the workbook has no such sheet or cannot be read
	 */
	void readSheet(String sheet, XlsxSheetReader.RowHandler handler) {
		try {
			if (!XlsxSheetReader.read(this.opc, sheet, handler)) {
				throw new ImportRejected(UserText.of("exchange.xlsx.noSheet", this.name, sheet).english());
			}
		}
		catch (IOException | OpenXML4JException | SAXException | RuntimeException ex) {
			if (ex instanceof ImportRejected rejected) {
				throw rejected;
			}
			throw rejected(this.name, ex);
		}
	}

	@Override
	public void close() {
		this.opc.revert();
	}

	static ImportRejected rejected(String name, Throwable ex) {
		String text = String.valueOf(ex.getMessage()) + " "
				+ ((ex.getCause() == null) ? "" : ex.getCause().getMessage());
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		if (lower.contains("doctype") || lower.contains("entity")) {
			return new ImportRejected(UserText.of("exchange.xlsx.doctype", name).english(), ex);
		}
		if (lower.contains("zip bomb") || lower.contains("inflate") || lower.contains("ratio")
				|| lower.contains("max entry size") || lower.contains("exceeds")) {
			return new ImportRejected(UserText.of("exchange.xlsx.bomb", name).english(), ex);
		}
		return new ImportRejected(UserText.of("exchange.xlsx.unreadable", name).english(), ex);
	}

}
