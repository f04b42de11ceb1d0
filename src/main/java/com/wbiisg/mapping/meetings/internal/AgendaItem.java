package com.wbiisg.mapping.meetings.internal;

import com.wbiisg.mapping.meetings.ReferenceKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * One item of a meeting's agenda, optionally pointing at a record of the platform by a
 * typed reference. The label is the one the record had when it was linked, for the audit
 * trail; pages show the record's label as the reader may see it now.
 */
@Embeddable
public class AgendaItem {

	@Column(nullable = false)
	private String title;

	private @Nullable String notes;

	@Enumerated(EnumType.STRING)
	@Column(name = "ref_kind")
	private @Nullable ReferenceKind referenceKind;

	@Column(name = "ref_id")
	private @Nullable Long referenceId;

	@Column(name = "ref_label")
	private @Nullable String referenceLabel;

	protected AgendaItem() {
	}

	public AgendaItem(String title, @Nullable String notes, @Nullable ReferenceKind referenceKind,
			@Nullable Long referenceId, @Nullable String referenceLabel) {
		this.title = title;
		this.notes = notes;
		this.referenceKind = referenceKind;
		this.referenceId = referenceId;
		this.referenceLabel = referenceLabel;
	}

	public String getTitle() {
		return this.title;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public @Nullable ReferenceKind getReferenceKind() {
		return this.referenceKind;
	}

	public @Nullable Long getReferenceId() {
		return this.referenceId;
	}

	@Nullable String getReferenceLabel() {
		return this.referenceLabel;
	}

}
