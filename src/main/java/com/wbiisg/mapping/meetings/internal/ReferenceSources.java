package com.wbiisg.mapping.meetings.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.wbiisg.mapping.meetings.RecordChoice;
import com.wbiisg.mapping.meetings.ReferenceKind;
import com.wbiisg.mapping.meetings.ReferenceSource;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;

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
	public String labelToLink(ReferenceKind kind, long id) {
		ReferenceSource source = source(kind).orElseThrow(() -> new InvalidInputException("referenceKind",
				UserText.of("meetings.agenda.kindNotOffered", kind.name())));
		return source.label(id).orElseThrow(() -> new InvalidInputException("referenceId", noRecord(kind, id)));
	}

	private static UserText noRecord(ReferenceKind kind, long id) {
		return switch (kind) {
			case FRAMEWORK_VERSION -> UserText.of("meetings.agenda.noRecord.frameworkVersion", id);
			case CYCLE -> UserText.of("meetings.agenda.noRecord.cycle", id);
			case NEED -> UserText.of("meetings.agenda.noRecord.need", id);
			case REPORT_DRAFT -> UserText.of("meetings.agenda.noRecord.reportDraft", id);
			case METHODOLOGY -> UserText.of("meetings.agenda.noRecord.methodology", id);
		};
	}

	/**
	 * The choices of every kind that lists them, for the agenda form.
	 */
	public Map<ReferenceKind, List<RecordChoice>> choices() {
		Map<ReferenceKind, List<RecordChoice>> choices = new EnumMap<>(ReferenceKind.class);
		this.sources.forEach((kind, source) -> choices.put(kind, source.choices()));
		return choices;
	}

	public boolean offers(ReferenceKind kind) {
		return this.sources.containsKey(kind);
	}

}
