package com.wbiisg.mapping.exchange.internal.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.wbiisg.mapping.exchange.internal.ExchangeProperties;
import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the servlet container writes the files of multipart uploads while a request
 * arrives: a folder of the imports directory, so that keeping an upload for its import
 * moves the file within one file system instead of copying it (a second write of up to
 * the largest upload, about a third of the time an upload of 100 MB took). The sizes are
 * Spring Boot's {@code spring.servlet.multipart.*}.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

	static final String INCOMING = "incoming";

	@Bean
	MultipartConfigElement multipartConfigElement(MultipartProperties multipart, ExchangeProperties exchange) {
		Path incoming = exchange.importsDirectory().resolve(INCOMING).toAbsolutePath();
		try {
			Files.createDirectories(incoming);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the folder of incoming uploads " + incoming, ex);
		}
		MultipartConfigElement defaults = multipart.createMultipartConfig();
		return new MultipartConfigElement(incoming.toString(), defaults.getMaxFileSize(), defaults.getMaxRequestSize(),
				defaults.getFileSizeThreshold());
	}

}
