package com.wbiisg.mapping.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;

/**
 * What figures are rolled up by: the allow-list of the {@code by} parameter, each with
 * its column in the read model.
 */
public enum Dimension {

	INITIATIVE("n.initiative_code"), PARTNER("n.partner_code"), PILLAR("n.pillar_code"), OBJECTIVE("n.objective_code"),
	MEASURE("n.measure_code"), FUNDER("f.organisation_id"), IMPLEMENTER("f.organisation_id");

	private final String column;

	Dimension(String column) {
		this.column = column;
	}

	String column() {
		return this.column;
	}

	public boolean isOrganisation() {
		return this == FUNDER || this == IMPLEMENTER;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The dimensions named in {@code by} ("partner,pillar"), or the default.
	 * @throws InvalidInputException naming an unknown one
	 */
	public static List<Dimension> parse(String by, List<Dimension> allowed) {
		List<Dimension> dimensions = new ArrayList<>();
		for (String part : by.split(",")) {
			if (part.isBlank()) {
				continue;
			}
			Dimension dimension = allowed.stream()
				.filter((candidate) -> candidate.key().equals(part.trim().toLowerCase(Locale.ROOT)))
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("by", UserText.of("analysis.dimensions.unknown",
						part.trim(), String.join(", ", allowed.stream().map(Dimension::key).toList()))));
			if (!dimensions.contains(dimension)) {
				dimensions.add(dimension);
			}
		}
		if (dimensions.isEmpty() || dimensions.size() > 3) {
			throw new InvalidInputException("by", UserText.of("analysis.dimensions.count"));
		}
		return dimensions;
	}

}
