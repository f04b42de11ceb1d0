package com.wbiisg.mapping.consultation.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.wbiisg.mapping.consultation.CommentTarget;
import com.wbiisg.mapping.shared.HiddenRecordException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The targets the other modules provide, by type. Consultation knows none of them by
 * name, so a module adds a target just by declaring a {@link CommentTarget} bean; two
 * beans of the same type stop the application at start-up.
 */
@Component
public class CommentTargets {

	private static final RecordType TARGET = RecordType.of("Comment target", "consultation.record.target");

	private final Map<String, CommentTarget> byType;

	CommentTargets(List<CommentTarget> targets) {
		this.byType = targets.stream()
			.collect(Collectors.toUnmodifiableMap((target) -> target.type().toUpperCase(Locale.ROOT),
					Function.identity()));
	}

	/**
	 * The target of that type, when the current user may see it.
	 * @throws RecordNotFoundException for an unknown type, or a target that does not
	 * exist or is not visible, so that nobody learns what exists from the answer (a
	 * {@link HiddenRecordException} for a target that exists, to be audited)
	 */
	public VisibleTarget require(@Nullable String type, @Nullable String targetId) {
		CommentTarget target = (type == null) ? null : this.byType.get(type.toUpperCase(Locale.ROOT));
		if (target == null || targetId == null || targetId.isBlank()) {
			throw notFound(type, targetId);
		}
		String title;
		try {
			title = target.titleIfVisible(targetId).orElseThrow(() -> notFound(type, targetId));
		}
		catch (HiddenRecordException ex) {
			// The answer of a hidden target is that of an absent one, word for word.
			throw ex.answeredAs(TARGET, type + " " + targetId);
		}
		return new VisibleTarget(target.type(), targetId, title, target.link(targetId));
	}

	private static RecordNotFoundException notFound(@Nullable String type, @Nullable String targetId) {
		return new RecordNotFoundException(TARGET, type + " " + targetId);
	}

	/**
	 * A target the current user may see, with its canonical type.
	 */
	public record VisibleTarget(String type, String id, String title, String link) {
	}

}
