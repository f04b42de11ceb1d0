package com.wbiisg.mapping.reporting.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the PDF and XLSX files of report drafts are kept, and when they are made
 * ({@code iisg.reporting.files.*}).
 *
 * @param directory the directory of the kept files, by default {@code report-files} under
 * {@code iisg.data-dir}
 * @param maxSize how much the kept files may take on disk; beyond it the files read
 * longest ago go first (and are made again when asked for)
 * @param ahead whether a new draft's files are made in the background as soon as it is
 * generated, so that its readers do not wait
 * @param warmUp whether the renderers make a made-up report once the platform has
 * started, so that the first draft's files are made as fast as later ones
 * ({@link ReportWarmUp})
 */
@ConfigurationProperties("iisg.reporting.files")
public record ReportFileProperties(@DefaultValue("report-files") Path directory, @DefaultValue("1GB") DataSize maxSize,
		@DefaultValue("true") boolean ahead, @DefaultValue("true") boolean warmUp) {

}
