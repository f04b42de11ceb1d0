package com.wbiisg.mapping.analysis.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the index of the match suggestions lives: {@code iisg.analysis.index.directory}
 * (by default {@code index} under {@code iisg.data-dir}), memory-mapped; or, with
 * {@code iisg.analysis.index.in-memory=true}, only in memory and built at each start (the
 * tests). Changes reach disk at the latest after {@code commit-interval}.
 */
@ConfigurationProperties("iisg.analysis.index")
record SuggestionIndexProperties(@Nullable Path directory, @DefaultValue("false") boolean inMemory,
		@DefaultValue("30s") Duration commitInterval) {

	SuggestionIndexProperties {
		if (!inMemory && directory == null) {
			throw new IllegalArgumentException("Set iisg.analysis.index.directory or iisg.analysis.index.in-memory");
		}
	}

}
