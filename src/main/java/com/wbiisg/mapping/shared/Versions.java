package com.wbiisg.mapping.shared;

import org.jspecify.annotations.Nullable;

/**
 * The version a client read of a record it now changes: from the request body, or else
 * from the {@code If-Match} header (API.md). Without either the change is refused, so no
 * update is made blind.
 */
public final class Versions {

	private Versions() {
	}

	public static long expected(@Nullable Long version, @Nullable String ifMatch) {
		if (version != null) {
			return version;
		}
		if (ifMatch != null) {
			try {
				return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException("If-Match", UserText.of("shared.version.ifMatch"));
			}
		}
		throw new InvalidInputException("version", UserText.of("shared.version.required"));
	}

}
