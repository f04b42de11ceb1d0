package com.wbiisg.mapping.bench;

import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;

/**
 * One raw StAX pass over a file in a JVM of its own, printing its seconds: the floor of
 * {@link IatiImportBenchmark} as the platform meets a file first, with a compiler that
 * has not seen the parser yet.
 */
public final class RawStaxPass {

	private RawStaxPass() {
	}

	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		IatiImportBenchmark.raw(Path.of(args[0]), XMLInputFactory.newDefaultFactory());
		System.out.println((System.nanoTime() - start) / 1e9);
	}

}
