package com.wbiisg.mapping.meetings.internal.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

/**
 * The checks of an uploaded document: at most 10 MB, a PDF or DOCX by its name, by the
 * content type the client declares and by its own first bytes; a DOCX must also be a ZIP
 * archive with the parts of a Word document, of at most 2,000 parts and 100 MB unpacked
 * (read from the archive's directory; nothing is unpacked). The stored content type is
 * the one the bytes prove, never the client's.
 */
final class UploadCheck {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final Set<String> GENERIC_TYPES = Set.of("application/octet-stream", "application/zip",
			"application/x-zip-compressed", "");

	private static final int MAX_PARTS = 2000;

	private static final long MAX_UNPACKED = 100L * 1024 * 1024;

	private UploadCheck() {
	}

	static StoredFile check(@Nullable String originalName, @Nullable String declaredType, byte[] bytes) {
		if (bytes.length == 0) {
			throw new InvalidInputException("file", UserText.of("meetings.upload.required"));
		}
		if (bytes.length > MAX_BYTES) {
			throw new InvalidInputException("file",
					UserText.of("meetings.upload.tooLarge", bytes.length / (1024 * 1024)));
		}
		String name = safeName(originalName);
		String lower = name.toLowerCase(Locale.ROOT);
		String declared = (declaredType == null) ? "" : declaredType.toLowerCase(Locale.ROOT).split(";")[0].trim();
		String type;
		if (lower.endsWith(".pdf")) {
			type = PDF;
			if (!startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
				throw new InvalidInputException("file", UserText.of("meetings.upload.notPdf", name));
			}
		}
		else if (lower.endsWith(".docx")) {
			type = DOCX;
			if (!startsWith(bytes, new byte[] { 'P', 'K', 3, 4 }) || !isWordDocument(bytes)) {
				throw new InvalidInputException("file", UserText.of("meetings.upload.notDocx", name));
			}
		}
		else {
			throw new InvalidInputException("file", UserText.of("meetings.upload.otherType", name));
		}
		if (!declared.equals(type) && !GENERIC_TYPES.contains(declared)) {
			throw new InvalidInputException("file", UserText.of("meetings.upload.declaredType", name, declared));
		}
		return new StoredFile(name, type, bytes, sha256(bytes));
	}

	/**
	 * The last part of the name a browser sends, without control characters, quotes or
	 * path separators, at most 200 characters.
	 */
	static String safeName(@Nullable String originalName) {
		String name = (originalName == null) ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
		if (name.isEmpty()) {
			name = "document";
		}
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	private static boolean isWordDocument(byte[] bytes) {
		Path file = null;
		try {
			file = Files.createTempFile("iisg-upload-", ".docx");
			Files.write(file, bytes);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				boolean types = false;
				boolean document = false;
				long unpacked = 0;
				int parts = 0;
				Enumeration<? extends ZipEntry> entries = zip.entries();
				while (entries.hasMoreElements()) {
					ZipEntry entry = entries.nextElement();
					if (++parts > MAX_PARTS) {
						return false;
					}
					unpacked += Math.max(0, entry.getSize());
					types |= entry.getName().equals("[Content_Types].xml");
					document |= entry.getName().equals("word/document.xml");
				}
				return types && document && unpacked <= MAX_UNPACKED;
			}
		}
		catch (ZipException ex) {
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(file);
		}
	}

	private static void deleteQuietly(@Nullable Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				file.toFile().deleteOnExit();
			}
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
