package com.wbiisg.mapping.meetings.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.wbiisg.mapping.meetings.RecordChoice;
import com.wbiisg.mapping.meetings.ReferenceKind;
import com.wbiisg.mapping.meetings.ReferenceSource;
import com.wbiisg.mapping.shared.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * The sources of agenda references that the application offers, by kind; a kind without a
 * source (report drafts until the reporting module offers them) cannot be referenced.
 */
@Component
public class ReferenceSources {

	private final Map<ReferenceKind, ReferenceSource> sources = new EnumMap<>(ReferenceKind.class);

	ReferenceSources(List<ReferenceSource> sources) {
		for (ReferenceSource source : sources) {
			if (this.sources.put(source.kind(), source) != null) {
				throw new IllegalStateException("Two reference sources for " + source.kind());
			}
		}
	}

	public Optional<ReferenceSource> source(ReferenceKind kind) {
		return Optional.ofNullable(this.sources.get(kind));
	}

	/**
	 * The label of a record to link, checked to exist and to be visible to the current
	 * user.
	 */
	String labelToLink(ReferenceKind kind, long id) {
		ReferenceSource source = source(kind).orElseThrow(() -> new InvalidInputException("referenceKind",
				"Records of the kind " + kind + " cannot be linked yet: no module offers them."));
		return source.label(id)
			.orElseThrow(() -> new InvalidInputException("referenceId",
					"There is no " + kind.name().toLowerCase().replace('_', ' ') + " " + id + " that you may see."));
	}

	/**
	 * The choices of every kind that lists them, for the agenda form.
	 */
	Map<ReferenceKind, List<RecordChoice>> choices() {
		Map<ReferenceKind, List<RecordChoice>> choices = new EnumMap<>(ReferenceKind.class);
		this.sources.forEach((kind, source) -> choices.put(kind, source.choices()));
		return choices;
	}

	boolean offers(ReferenceKind kind) {
		return this.sources.containsKey(kind);
	}

}
