package com.wbiisg.mapping.bench;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import com.wbiisg.mapping.exchange.ImportError;
import com.wbiisg.mapping.exchange.internal.iati.IatiActivity;
import com.wbiisg.mapping.exchange.internal.iati.IatiMapping;
import com.wbiisg.mapping.exchange.internal.iati.IatiReader;

/**
 * The two passes of {@link IatiBenchmark} over one file, run in a JVM of their own with a
 * small heap: raw StAX counting start elements, then the platform's reader mapping every
 * activity; after a warm-up, alternately three times, keeping the best time of each.
 * Prints MB/s of both, the ratio and the peak heap.
 */
public final class IatiBenchmarkPasses {

	private static final int ROUNDS = Integer.getInteger("iisg.bench.iati.rounds", 3);

	private IatiBenchmarkPasses() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		double megabytes = Files.size(file) / (1024.0 * 1024.0);
		raw(file);
		reader(file);
		resetPeaks();
		// The machine is shared: alternate the passes, keep the best of each, and measure
		// the CPU time of this thread next to the wall-clock time, which other processes
		// stretch.
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[] raw = { Double.MAX_VALUE, Double.MAX_VALUE };
		double[] read = { Double.MAX_VALUE, Double.MAX_VALUE };
		long elements = 0;
		long[] counts = new long[2];
		for (int round = 0; round < ROUNDS; round++) {
			long wall = System.nanoTime();
			long cpu = threads.getCurrentThreadCpuTime();
			elements = raw(file);
			raw[0] = Math.min(raw[0], (System.nanoTime() - wall) / 1e9);
			raw[1] = Math.min(raw[1], (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
			wall = System.nanoTime();
			cpu = threads.getCurrentThreadCpuTime();
			counts = reader(file);
			read[0] = Math.min(read[0], (System.nanoTime() - wall) / 1e9);
			read[1] = Math.min(read[1], (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
		}
		System.out.println(String.format(Locale.ROOT, "file: %.1f MB, %d elements, %d activities (%d mapped)",
				megabytes, elements, counts[0], counts[1]));
		System.out.println(
				String.format(Locale.ROOT, "%-22s %8s %10s %8s %10s", "", "wall s", "wall MB/s", "CPU s", "CPU MB/s"));
		line("raw StAX pass", megabytes, raw);
		line("reader + mapping", megabytes, read);
		System.out.println(String.format(Locale.ROOT, "ratio reader / raw:    wall %.0f%%, CPU %.0f%% (target >= 50%%)",
				100 * raw[0] / read[0], 100 * raw[1] / read[1]));
		System.out.println(String.format(Locale.ROOT, "peak heap used:        %.1f MB of max %.0f MB (target < 256 MB)",
				peakHeap() / (1024.0 * 1024.0), Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0)));
	}

	private static void line(String name, double megabytes, double[] seconds) {
		System.out.println(String.format(Locale.ROOT, "%-22s %8.2f %10.1f %8.2f %10.1f", name, seconds[0],
				megabytes / seconds[0], seconds[1], megabytes / seconds[1]));
	}

	private static long raw(Path file) throws Exception {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		long elements = 0;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT) {
					elements++;
				}
			}
			xml.close();
		}
		return elements;
	}

	private static long[] reader(Path file) throws Exception {
		IatiMapping mapping = new IatiMapping(Map.of("GBP", new BigDecimal("1.16"), "USD", new BigDecimal("0.85"),
				"SEK", new BigDecimal("0.098"), "XDR", new BigDecimal("1.21")));
		long activities = 0;
		long mapped = 0;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
				IatiReader reader = new IatiReader(in)) {
			for (IatiActivity activity = reader.next(); activity != null; activity = reader.next()) {
				activities++;
				List<String> partners = mapping.partners(activity);
				List<ImportError> errors = new ArrayList<>();
				// Every activity is mapped, those for no WB partner too, to measure the
				// work.
				if (mapping.draft(activity, partners.isEmpty() ? List.of("REG") : partners, errors).isPresent()) {
					mapped++;
				}
			}
		}
		return new long[] { activities, mapped };
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
	}

}
