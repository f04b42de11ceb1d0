package com.wbiisg.mapping.exchange.internal.iati;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.wbiisg.mapping.exchange.internal.ImportRejected;
import org.jspecify.annotations.Nullable;

/**
 * Reads the activities of an IATI file on a thread of its own, a few hundred ahead of the
 * import that takes them: parsing the XML is most of an import's work, and the import
 * looks up, checks and writes batches meanwhile, on another core. Nothing but parsing
 * happens on the reading thread (no security context, no transaction). An error of the
 * file reaches the taker where the activity would have; closing stops the reading.
 */
final class ReadAhead implements AutoCloseable {

	private static final int AHEAD = 256;

	private static final AtomicInteger THREADS = new AtomicInteger();

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);

	private final Thread thread;

	private boolean ended;

	ReadAhead(IatiReader reader) {
		this.thread = new Thread(() -> read(reader), "iati-reader-" + THREADS.incrementAndGet());
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void read(IatiReader reader) {
		try {
			for (IatiActivity activity = reader.next(); activity != null; activity = reader.next()) {
				this.queue.put(activity);
			}
			this.queue.put(END);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException | Error ex) {
			// the taker must not wait for an activity that will never come
			try {
				this.queue.put((ex instanceof RuntimeException runtime) ? runtime
						: new IllegalStateException("The IATI file could not be read", ex));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * The next activity, or {@code null} at the end of the file.
	 * @throws ImportRejected when the file breaks off or is malformed there
	 */
	@Nullable IatiActivity next() {
		if (this.ended) {
			return null;
		}
		Object item;
		try {
			item = this.queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the IATI file", ex);
		}
		if (item == END) {
			this.ended = true;
			return null;
		}
		if (item instanceof RuntimeException error) {
			this.ended = true;
			throw error;
		}
		return (IatiActivity) item;
	}

	@Override
	public void close() {
		this.thread.interrupt();
		this.queue.clear();
		try {
			this.thread.join(10_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
