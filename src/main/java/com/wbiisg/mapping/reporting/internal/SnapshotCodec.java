package com.wbiisg.mapping.reporting.internal;

import com.wbiisg.mapping.reporting.ReportSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes a {@link ReportSnapshot} as gzipped JSON and reads it back: compact to store,
 * readable by any JSON tool once unzipped, and independent of the Java classes that wrote
 * it.
 */
@Component
class SnapshotCodec {

	private final JsonMapper json;

	SnapshotCodec(JsonMapper json) {
		this.json = json;
	}

	byte[] write(ReportSnapshot snapshot) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new FastGzip(bytes)) {
			this.json.writeValue(zip, snapshot);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	ReportSnapshot read(byte[] stored) {
		try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(stored))) {
			return this.json.readValue(zip, ReportSnapshot.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Gzip at the fastest level: a large draft compresses several times faster, and
	 * hardly larger, than at the default level.
	 */
	private static final class FastGzip extends GZIPOutputStream {

		FastGzip(OutputStream out) throws IOException {
			super(out, 64 * 1024);
			this.def.setLevel(Deflater.BEST_SPEED);
		}

	}

}
