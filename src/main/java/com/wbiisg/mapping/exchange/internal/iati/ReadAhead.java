package com.wbiisg.mapping.exchange.internal.iati;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.wbiisg.mapping.exchange.internal.ImportRejected;
import org.jspecify.annotations.Nullable;

/**
 * Reads the activities of an IATI file on a thread of its own, a few hundred ahead of the
 * import that takes them, and makes of each what needs nothing but the activity (its
 * mapping): parsing and mapping are most of an import's work, and the import looks up,
 * checks and writes batches meanwhile, on another core. Nothing else happens on the
 * reading thread (no security context, no transaction, no database). An error of the file
 * reaches the taker where the activity would have; closing stops the reading.
 *
 * @param <T> what the taker gets of each activity
 */
final class ReadAhead<T> implements AutoCloseable {

	private static final int AHEAD = 256;

	private static final AtomicInteger THREADS = new AtomicInteger();

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);

	private final Thread thread;

	private boolean ended;

	ReadAhead(IatiReader reader, Function<IatiActivity, T> mapping) {
		this.thread = new Thread(() -> read(reader, mapping), "iati-reader-" + THREADS.incrementAndGet());
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void read(IatiReader reader, Function<IatiActivity, T> mapping) {
		try {
			for (IatiActivity activity = reader.next(); activity != null; activity = reader.next()) {
				this.queue.put(mapping.apply(activity));
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
	 * What was made of the next activity, or {@code null} at the end of the file.
	 * @throws ImportRejected when the file breaks off or is malformed there
	 */
	@SuppressWarnings("unchecked")
	@Nullable T next() {
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
		return (T) item;
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
