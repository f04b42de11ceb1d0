package com.wbiisg.mapping.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF renderer on hostile HTML: style sheets, imports, fonts, images, objects, frames
 * and embedded files from the web or the file system are never loaded; the text is
 * written with the embedded Liberation Sans, diacritics and Cyrillic included.
 */
class PdfRenderingTests {

	@TempDir
	Path folder;

	@Test
	void loadsNothingFromOutsideTheApplication() throws Exception {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", (exchange) -> {
			requests.incrementAndGet();
			byte[] css = "body::after { content: \"FETCHED-FROM-THE-WEB\"; }".getBytes();
			exchange.sendResponseHeaders(200, css.length);
			exchange.getResponseBody().write(css);
			exchange.close();
		});
		server.start();
		Path secret = this.folder.resolve("secret.css");
		Files.writeString(secret, "body::before { content: \"READ-FROM-THE-DISK\"; }");
		String web = "http://127.0.0.1:" + server.getAddress().getPort();
		String file = secret.toUri().toString();
		String html = """
				<html><head>
				<link rel="stylesheet" href="%1$s/a.css"><link rel="stylesheet" href="%2$s">
				<style>@import url(%1$s/b.css); @import url(%2$s);
				@font-face { font-family: Remote; src: url(%1$s/font.ttf); }
				body { font-family: Remote; background-image: url(%1$s/background.png); }</style>
				</head><body>
				<p>Visible text</p>
				<img src="%1$s/image.png"><img src="file:///etc/passwd"><img src="%2$s">
				<object type="pdf/background" data="%1$s/page.pdf"></object>
				<iframe src="%1$s/frame.html"></iframe>
				<a href="%2$s" download="secret.css" data-content-type="text/css">attached</a>
				<a href="%1$s/remote.css" download="remote.css" data-content-type="text/css">remote</a>
				</body></html>""".formatted(web, file);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new PdfRendering().render(html, out);
		}
		finally {
			server.stop(0);
		}

		assertThat(requests.get()).as("requests to the web").isZero();
		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Visible text")
				.doesNotContain("FETCHED-FROM-THE-WEB")
				.doesNotContain("READ-FROM-THE-DISK")
				.doesNotContain("root:x:0:0");
			assertThat(document.getDocumentCatalog().getNames() == null
					|| document.getDocumentCatalog().getNames().getEmbeddedFiles() == null)
				.as("no embedded files")
				.isTrue();
			for (PDPage page : document.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					assertThat(annotation.getSubtype()).isNotEqualTo("FileAttachment");
				}
			}
		}
	}

	@Test
	void writesDiacriticsAndCyrillicWithTheEmbeddedFont() throws Exception {
		String line = "Kosovo* Shqipëria Crna Gora č ć š ž đ Ђ Обука за превенција Србија";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PdfRendering()
			.render("<html><body style=\"font-family: 'Liberation Sans'\"><p>" + line + "</p></body></html>", out);
		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo(line);
			List<String> fonts = new ArrayList<>();
			PDPage page = document.getPage(0);
			for (COSName name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				fonts.add(font.getName());
			}
			assertThat(fonts).allMatch((name) -> name.contains("LiberationSans"));
		}
	}

}
