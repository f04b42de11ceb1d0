package com.wbiisg.mapping.exchange.internal;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * A file that is still being received: the request's thread writes what arrives and says
 * how much ({@link #received}); a reader of the file ({@link #open}) gets the bytes as
 * far as they arrived and waits for more, so that an import reads a file while it is
 * uploaded instead of after. The reader's stream ends when the upload is whole and fails
 * when the upload broke off; a reader that stops early says so by closing its stream, and
 * the upload then stops being received.
 */
public final class Arrival {

	private final Path path;

	private final long expectedSize;

	private long received;

	private boolean whole;

	private @Nullable String brokenOff;

	private boolean abandoned;

	/**
	 * @param path where the bytes are written
	 * @param expectedSize the size the upload announced, or {@code -1}
	 */
	public Arrival(Path path, long expectedSize) {
		this.path = path;
		this.expectedSize = expectedSize;
	}

	/**
	 * The size the upload announced, or {@code -1} when it did not.
	 */
	public long expectedSize() {
		return this.expectedSize;
	}

	/**
	 * Tells the reader that these many more bytes are written to the file.
	 */
	public synchronized void received(long bytes) {
		this.received += bytes;
		notifyAll();
	}

	/**
	 * The upload is whole: the reader reads to the end of what was received.
	 */
	public synchronized void whole() {
		this.whole = true;
		notifyAll();
	}

	/**
	 * The upload broke off or was refused: the reader fails with this reason.
	 */
	public synchronized void brokeOff(String reason) {
		this.brokenOff = reason;
		notifyAll();
	}

	/**
	 * Whether the reader stopped before the end, so that receiving the rest serves
	 * nothing.
	 */
	public synchronized boolean abandoned() {
		return this.abandoned;
	}

	/**
	 * A stream of the file's bytes as they arrive.
	 */
	public InputStream open() throws IOException {
		return new ArrivingStream(new FileInputStream(this.path.toFile()));
	}

	/**
	 * How many bytes may be read at {@code position} without waiting, waiting for them;
	 * {@code -1} at the end of a whole upload.
	 */
	private synchronized long readable(long position) throws IOException {
		while (this.received <= position && !this.whole && this.brokenOff == null) {
			try {
				wait();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("Interrupted while waiting for the upload");
			}
		}
		if (this.received > position) {
			return this.received - position;
		}
		if (this.brokenOff != null) {
			throw new IOException(this.brokenOff, new ImportRejected(this.brokenOff));
		}
		return -1;
	}

	private synchronized void abandon() {
		if (!this.whole) {
			this.abandoned = true;
		}
	}

	private final class ArrivingStream extends InputStream {

		private final FileInputStream file;

		private long position;

		ArrivingStream(FileInputStream file) {
			this.file = file;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			long available = readable(this.position);
			if (available < 0) {
				return -1;
			}
			int n = this.file.read(buffer, offset, (int) Math.min(length, available));
			if (n > 0) {
				this.position += n;
			}
			return n;
		}

		@Override
		public void close() throws IOException {
			abandon();
			this.file.close();
		}

	}

}
