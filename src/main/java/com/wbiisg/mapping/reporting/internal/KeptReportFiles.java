package com.wbiisg.mapping.reporting.internal;

import com.wbiisg.mapping.reporting.ReportFile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The report files made so far, kept on disk under {@code iisg.reporting.files.directory}
 * so that they outlive a restart and take no heap: a directory per draft, each file named
 * by its {@link ReportFileKey#stem() key} followed by {@code --} and the name it is
 * downloaded under. A file is written beside its final name and moved there when
 * complete, so a reader never finds half a file. When a draft's file of a new version is
 * kept, the files of its earlier versions go; when all files take more than
 * {@code iisg.reporting.files.max-size}, those read longest ago go. Nothing is made or
 * swept at start-up.
 */
@Component
public class KeptReportFiles {

	private static final Logger log = LoggerFactory.getLogger(KeptReportFiles.class);

	private static final String NAMED = "--";

	private static final String PART = ".part-";

	private static final Pattern VERSION = Pattern.compile("v(\\d{1,18})-");

	private final Path directory;

	private final long maxBytes;

	KeptReportFiles(ReportFileProperties properties) {
		this.directory = properties.directory().toAbsolutePath();
		this.maxBytes = properties.maxSize().toBytes();
	}

	/**
	 * The kept file of the key, if there is one; finding it counts as reading it.
	 */
	Optional<ReportFile> find(ReportFileKey key) {
		Path folder = folder(key);
		if (!Files.isDirectory(folder)) {
			return Optional.empty();
		}
		String prefix = key.stem() + NAMED;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*")) {
			for (Path file : files) {
				touch(file);
				String name = file.getFileName().toString().substring(prefix.length());
				return Optional.of(new ReportFile(name, key.format().contentType(), file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Optional.empty();
	}

	/**
	 * Writes the file of the key under the name given (with the format's extension) and
	 * keeps it.
	 */
	ReportFile keep(ReportFileKey key, String name, Consumer<OutputStream> writer) {
		Path folder = folder(key);
		String fileName = name + "." + key.format().extension();
		Path part = folder.resolve(key.stem() + PART + UUID.randomUUID());
		try {
			Files.createDirectories(folder);
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 64 * 1024)) {
				writer.accept(out);
			}
			Path file = folder.resolve(key.stem() + NAMED + fileName);
			Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			forgetEarlierVersions(folder, key);
			bound();
			return new ReportFile(fileName, key.format().contentType(), file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(part);
		}
	}

	private Path folder(ReportFileKey key) {
		return this.directory.resolve(String.valueOf(key.draft()));
	}

	/**
	 * Deletes the draft's files of earlier versions: no reader asks for them again.
	 */
	private static void forgetEarlierVersions(Path folder, ReportFileKey key) throws IOException {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
			for (Path file : files) {
				Matcher version = VERSION.matcher(file.getFileName().toString());
				if (version.lookingAt() && Long.parseLong(version.group(1)) < key.version()) {
					deleteQuietly(file);
				}
			}
		}
	}

	/**
	 * Deletes the files read longest ago while all take more than the limit, and the
	 * pieces of files whose making stopped an hour ago or more.
	 */
	private synchronized void bound() throws IOException {
		List<Kept> all = new ArrayList<>();
		Instant abandoned = Instant.now().minusSeconds(3600);
		try (Stream<Path> files = Files.walk(this.directory, 2)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				BasicFileAttributes attributes = readAttributes(file);
				if (attributes == null || !attributes.isRegularFile()) {
					continue;
				}
				if (file.getFileName().toString().contains(PART)) {
					if (attributes.lastModifiedTime().toInstant().isBefore(abandoned)) {
						deleteQuietly(file);
					}
					continue;
				}
				all.add(new Kept(file, attributes.size(), attributes.lastModifiedTime()));
			}
		}
		long total = all.stream().mapToLong(Kept::size).sum();
		all.sort(Comparator.comparing(Kept::read));
		for (Kept kept : all) {
			if (total <= this.maxBytes) {
				break;
			}
			deleteQuietly(kept.file());
			total -= kept.size();
		}
	}

	private static BasicFileAttributes readAttributes(Path file) {
		try {
			return Files.readAttributes(file, BasicFileAttributes.class);
		}
		catch (IOException ex) {
			return null; // deleted meanwhile
		}
	}

	private static void touch(Path file) {
		try {
			Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
		}
		catch (IOException ex) {
			log.debug("Could not mark {} as read: {}", file, ex.getMessage());
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the report file {}: {}", file, ex.getMessage());
		}
	}

	/**
	 * A kept file, its size and when it was last read.
	 */
	private record Kept(Path file, long size, FileTime read) {
	}

}
