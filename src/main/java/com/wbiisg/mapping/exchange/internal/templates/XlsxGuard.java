package com.wbiisg.mapping.exchange.internal.templates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import com.wbiisg.mapping.exchange.internal.ExchangeProperties;
import com.wbiisg.mapping.exchange.internal.ImportRejected;
import com.wbiisg.mapping.shared.UserText;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import org.springframework.stereotype.Component;

/**
 * Looks at an uploaded workbook before anything parses it: it must be a zip, with not too
 * many parts, none that unpacks more than 100 times its packed size, not too much in all,
 * and no macros. POI's own limits (minimum inflate ratio, largest part) are set to the
 * same values, so a part that lies about its size in the zip directory is stopped while
 * it is read.
 */
@Component
class XlsxGuard {

	/**
	 * The most a part may unpack to per byte packed: 100 (POI's minimum inflate ratio of
	 * 1/100).
	 */
	static final double MAX_RATIO = 100;

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private final ExchangeProperties properties;

	XlsxGuard(ExchangeProperties properties) {
		this.properties = properties;
		ZipSecureFile.setMinInflateRatio(1 / MAX_RATIO);
		ZipSecureFile.setMaxEntrySize(properties.maxUnpackedSize().toBytes());
		ZipSecureFile.setMaxFileCount(properties.maxEntries());
	}

	/**
	 * @throws ImportRejected naming what is wrong with the file
	 */
	void check(Path file, String name) {
		if (!startsWithZipMagic(file)) {
			throw new ImportRejected(UserText.of("exchange.xlsx.notZip", name).english());
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > this.properties.maxEntries()) {
				throw new ImportRejected(
						UserText.of("exchange.xlsx.tooManyParts", name, zip.size(), this.properties.maxEntries())
							.english());
			}
			long total = 0;
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				String entryName = entry.getName().toLowerCase(Locale.ROOT);
				if (entryName.endsWith("vbaproject.bin") || entryName.endsWith(".bin") && entryName.contains("vba")) {
					throw new ImportRejected(UserText.of("exchange.xlsx.macros", name, entry.getName()).english());
				}
				long size = Math.max(entry.getSize(), 0);
				long packed = Math.max(entry.getCompressedSize(), 1);
				if (size > 1024 * 1024 && size > packed * MAX_RATIO) {
					throw new ImportRejected(
							UserText.of("exchange.xlsx.ratio", name, entry.getName(), size / packed, (int) MAX_RATIO)
								.english());
				}
				total += size;
			}
			if (total > this.properties.maxUnpackedSize().toBytes()) {
				throw new ImportRejected(UserText
					.of("exchange.xlsx.tooLarge", name, total / (1024 * 1024),
							this.properties.maxUnpackedSize().toMegabytes())
					.english());
			}
			ZipEntry types = zip.getEntry("[Content_Types].xml");
			if (types == null) {
				throw new ImportRejected(UserText.of("exchange.xlsx.noContentTypes", name).english());
			}
			try (InputStream in = zip.getInputStream(types)) {
				String text = new String(in.readNBytes(1024 * 1024), StandardCharsets.UTF_8);
				if (text.toLowerCase(Locale.ROOT).contains("macroenabled")) {
					throw new ImportRejected(UserText.of("exchange.xlsx.macroEnabled", name).english());
				}
			}
		}
		catch (ZipException ex) {
			throw new ImportRejected(UserText.of("exchange.xlsx.damaged", name).english(), ex);
		}
		catch (IOException ex) {
			throw new ImportRejected(
					UserText.of("exchange.xlsx.readFailed", name, String.valueOf(ex.getMessage())).english(), ex);
		}
	}

	private static boolean startsWithZipMagic(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(4);
			return java.util.Arrays.equals(head, ZIP_MAGIC);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
