package com.wbiisg.mapping.meetings.internal.actions;

import java.time.Instant;
import java.time.LocalDate;

import com.wbiisg.mapping.meetings.ActionItems;
import com.wbiisg.mapping.meetings.ActionStatus;
import com.wbiisg.mapping.shared.AuditedAggregate;
import com.wbiisg.mapping.shared.RecordType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Something a meeting asked an organisation or a person to do by a date. Its owners
 * report it done; the Secretariat may also drop it.
 */
@Entity
@Table(name = "action_item")
public class ActionItem extends AuditedAggregate<ActionItem> {

	/**
	 * An action item, as its stale-version message names it.
	 */
	private static final RecordType ACTION_ITEM = RecordType.of(ActionItems.RECORD, "meetings.record.actionItem");

	@Column(name = "meeting_id", nullable = false, updatable = false)
	private long meetingId;

	@Column(name = "action_text", nullable = false)
	private String text;

	@Column(name = "owner_org_id")
	private @Nullable Long ownerOrganisationId;

	@Column(name = "owner_account_id")
	private @Nullable Long ownerAccountId;

	@Column(name = "due_on")
	private @Nullable LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActionStatus status;

	protected ActionItem() {
	}

	public ActionItem(long meetingId, String text, @Nullable Long ownerOrganisationId, @Nullable Long ownerAccountId,
			@Nullable LocalDate dueOn, ActionStatus status, String by, Instant at) {
		this.meetingId = meetingId;
		this.text = text;
		this.ownerOrganisationId = ownerOrganisationId;
		this.ownerAccountId = ownerAccountId;
		this.dueOn = dueOn;
		this.status = status;
		this.createdBy = by;
		this.createdAt = at;
		this.updatedAt = at;
	}

	public void changeStatus(ActionStatus next, long expectedVersion, Instant at) {
		ensureVersion(expectedVersion);
		this.status = next;
		this.updatedAt = at;
	}

	@Override
	protected RecordType recordType() {
		return ACTION_ITEM;
	}

	/**
	 * Whether the action is still open after its due date.
	 */
	public boolean isOverdue(LocalDate today) {
		return this.status == ActionStatus.OPEN && this.dueOn != null && this.dueOn.isBefore(today);
	}

	public long getMeetingId() {
		return this.meetingId;
	}

	public String getText() {
		return this.text;
	}

	public @Nullable Long getOwnerOrganisationId() {
		return this.ownerOrganisationId;
	}

	public @Nullable Long getOwnerAccountId() {
		return this.ownerAccountId;
	}

	public @Nullable LocalDate getDueOn() {
		return this.dueOn;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

}
