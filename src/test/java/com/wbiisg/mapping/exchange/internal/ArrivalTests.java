package com.wbiisg.mapping.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArrivalTests {

	@TempDir
	Path directory;

	@Test
	void givesTheBytesAsTheyArriveAndEndsWhenTheUploadIsWhole() throws Exception {
		Path file = Files.createFile(this.directory.resolve("upload"));
		Arrival arrival = new Arrival(file, 10);
		try (OutputStream out = Files.newOutputStream(file); InputStream in = arrival.open()) {
			CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> readAll(in));
			write(out, arrival, "hello");
			Thread.sleep(100);
			assertThat(read).as("the reader waits for the rest").isNotDone();
			write(out, arrival, " world");
			arrival.whole();
			assertThat(new String(read.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("hello world");
		}
		assertThat(arrival.abandoned()).isFalse();
	}

	@Test
	void failsTheReaderWithTheReasonWhenTheUploadBreaksOff() throws Exception {
		Path file = Files.createFile(this.directory.resolve("upload"));
		Arrival arrival = new Arrival(file, -1);
		try (OutputStream out = Files.newOutputStream(file); InputStream in = arrival.open()) {
			write(out, arrival, "part");
			assertThat(in.readNBytes(4)).asString(StandardCharsets.UTF_8).isEqualTo("part");
			arrival.brokeOff("The upload broke off.");
			assertThatThrownBy(in::read).isInstanceOf(IOException.class)
				.hasMessage("The upload broke off.")
				.cause()
				.isInstanceOf(ImportRejected.class)
				.hasMessage("The upload broke off.");
		}
	}

	@Test
	void aReaderThatStopsEarlyAbandonsTheUpload() throws Exception {
		Path file = Files.createFile(this.directory.resolve("upload"));
		Arrival arrival = new Arrival(file, 100);
		try (OutputStream out = Files.newOutputStream(file)) {
			write(out, arrival, "<not-iati/>");
			arrival.open().close();
		}
		assertThat(arrival.abandoned()).isTrue();
	}

	@Test
	void aWaitingReaderCanBeInterrupted() throws Exception {
		Path file = Files.createFile(this.directory.resolve("upload"));
		Arrival arrival = new Arrival(file, 100);
		try (InputStream in = arrival.open()) {
			Thread reader = Thread.currentThread();
			CompletableFuture.runAsync(() -> {
				sleep(100);
				reader.interrupt();
			});
			assertThatThrownBy(in::read).isInstanceOf(InterruptedIOException.class);
			assertThat(Thread.interrupted()).isTrue();
		}
	}

	private static void write(OutputStream out, Arrival arrival, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		out.write(bytes);
		out.flush();
		arrival.received(bytes.length);
	}

	private static byte[] readAll(InputStream in) {
		try {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
