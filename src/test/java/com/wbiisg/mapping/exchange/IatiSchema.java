package com.wbiisg.mapping.exchange;

import java.nio.file.Path;

/**
 * Where the official IATI 2.03 activity schema lies, read in place.
 */
final class IatiSchema {

	static final Path PATH = Path.of("..", "shared", "data", "iati", "schema-2.03", "iati-activities-schema.xsd");

	private IatiSchema() {
	}

}
