package com.wbiisg.mapping.exchange.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the exchange module ({@code iisg.exchange.*}).
 *
 * @param importsDirectory where uploaded files wait for their confirmation (by default
 * {@code imports} under {@code iisg.data-dir})
 * @param maxUploadSize the largest file accepted (keep
 * {@code spring.servlet.multipart.max-file-size} at least as large)
 * @param maxUnpackedSize the most a workbook may unpack to, all parts together
 * @param maxEntries the most parts a workbook may have
 * @param maxRows the most rows a template may bring
 * @param workers how many imports run at once
 * @param queue how many imports wait for a worker before new uploads are refused
 * @param emptyRows how many empty rows a downloaded template offers for new needs or
 * projects
 * @param keptPreviews how much memory the readings of previewed needs templates, all
 * uploads together, may take while they wait for their confirmation, which then need not
 * read the file again (about 45 MB for 50,000 rows with short texts; 0 B: every
 * confirmation reads its file again)
 * @param keepFiles how long the file of a job is kept once the job is finished: an
 * export's file for its download, an upload whose preview waits for its confirmation
 * (that import then fails)
 * @param sweepEvery how often the files kept long enough are looked for and deleted
 * @param heartbeatEvery how often this node notes, on each job its workers hold (queued
 * or running), that it is still working on it
 * @param staleAfter how long a queued or running job may go without its node's heartbeat
 * before any node fails it as left behind by a node that stopped (at its start-up, or
 * when it looks every {@code heartbeatEvery}); more than twice {@code heartbeatEvery}
 */
@ConfigurationProperties("iisg.exchange")
public record ExchangeProperties(@DefaultValue("./data/imports") Path importsDirectory,
		@DefaultValue("50MB") DataSize maxUploadSize, @DefaultValue("500MB") DataSize maxUnpackedSize,
		@DefaultValue("1000") int maxEntries, @DefaultValue("200000") int maxRows, @DefaultValue("2") int workers,
		@DefaultValue("20") int queue, @DefaultValue("50") int emptyRows, @DefaultValue("128MB") DataSize keptPreviews,
		@DefaultValue("7d") Duration keepFiles, @DefaultValue("1h") Duration sweepEvery,
		@DefaultValue("10s") Duration heartbeatEvery, @DefaultValue("60s") Duration staleAfter) {

	public ExchangeProperties {
		if (staleAfter.compareTo(heartbeatEvery.multipliedBy(2)) <= 0) {
			throw new IllegalArgumentException("iisg.exchange.stale-after (" + staleAfter
					+ ") must be more than twice iisg.exchange.heartbeat-every (" + heartbeatEvery
					+ "), or nodes would fail each other's jobs between two heartbeats");
		}
	}

}
