package com.wbiisg.mapping.exchange.internal.iati;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import com.wbiisg.mapping.exchange.internal.ImportProgress;

/**
 * Counts the bytes read from a file, for the progress of a job: how far through the file
 * the reader is, up to 99 percent until the caller says it is done.
 */
final class CountingStream extends FilterInputStream {

	private final long size;

	private final ImportProgress progress;

	/**
	 * Written by the thread that reads, read by the one that reports.
	 */
	private volatile long read;

	private int reported = -1;

	CountingStream(InputStream in, long size, ImportProgress progress) {
		super(in);
		this.size = Math.max(size, 1);
		this.progress = progress;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			this.read++;
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			this.read += n;
		}
		return n;
	}

	/**
	 * How many bytes were read.
	 */
	long count() {
		return this.read;
	}

	/**
	 * Reports the progress when it moved by a percent.
	 */
	void report() {
		int percent = (int) Math.min(99, this.read * 100 / this.size);
		if (percent != this.reported) {
			this.reported = percent;
			this.progress.update(percent);
		}
	}

}
