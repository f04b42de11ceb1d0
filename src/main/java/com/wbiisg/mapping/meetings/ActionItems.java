package com.wbiisg.mapping.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.AccountSummary;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.meetings.internal.Meeting;
import com.wbiisg.mapping.meetings.internal.MeetingNames;
import com.wbiisg.mapping.meetings.internal.MeetingRepository;
import com.wbiisg.mapping.meetings.internal.MeetingViewer;
import com.wbiisg.mapping.meetings.internal.MeetingViews;
import com.wbiisg.mapping.meetings.internal.MeetingsSupport;
import com.wbiisg.mapping.meetings.internal.Names;
import com.wbiisg.mapping.meetings.internal.actions.ActionItem;
import com.wbiisg.mapping.meetings.internal.actions.ActionItemRepository;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action items of meetings: the Secretariat assigns them to an organisation and/or a
 * person; members read them; their owners (the person, or anyone of the owning
 * organisation) mark them done or open again; the Secretariat may also drop them.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('SECRETARIAT','BOARD','BENEFICIARY_FOCAL_POINT','PARTNER_FOCAL_POINT')")
public class ActionItems {

	public static final String RECORD = "ActionItem";

	/**
	 * An action item as its not-found message names it: by its code in the audit trail.
	 */
	private static final RecordType ACTION_ITEM = RecordType.of(RECORD, "meetings.record.actionItemCode");

	private final ActionItemRepository actions;

	private final MeetingRepository meetings;

	private final MeetingsSupport support;

	ActionItems(ActionItemRepository actions, MeetingRepository meetings, MeetingsSupport support) {
		this.actions = actions;
		this.meetings = meetings;
		this.support = support;
	}

	@PreAuthorize("hasRole('SECRETARIAT')")
	public ActionItemView assign(long meetingId, ActionInput input) {
		Meeting meeting = this.meetings.findById(meetingId)
			.orElseThrow(() -> new RecordNotFoundException(MeetingPlanning.MEETING, meetingId));
		List<FieldProblem> problems = new ArrayList<>();
		problems.addAll(RecordValidation.problems(input));
		String text = Inputs.text(input.text());
		if (input.ownerOrganisationId() == null && input.ownerAccountId() == null) {
			problems.add(new FieldProblem("ownerOrganisationId", UserText.of("meetings.action.ownerRequired")));
		}
		if (input.ownerOrganisationId() != null
				&& this.support.membership().organisation(input.ownerOrganisationId()).isEmpty()) {
			problems.add(new FieldProblem("ownerOrganisationId",
					UserText.of("meetings.unknownOrganisation", input.ownerOrganisationId())));
		}
		if (input.ownerAccountId() != null) {
			AccountSummary owner = this.support.accounts().account(input.ownerAccountId()).orElse(null);
			if (owner == null || !owner.enabled()) {
				problems.add(new FieldProblem("ownerAccountId",
						UserText.of("meetings.unknownAccount", input.ownerAccountId())));
			}
			else if (owner.role() == Role.OBSERVER) {
				problems.add(new FieldProblem("ownerAccountId", UserText.of("meetings.action.observerOwner")));
			}
		}
		InvalidInputException.throwIfAny(problems);
		ActionItem action = this.actions.saveAndFlush(new ActionItem(meetingId, text, input.ownerOrganisationId(),
				input.ownerAccountId(), input.dueOn(), ActionStatus.OPEN, this.support.actor(), this.support.now()));
		Names names = this.support.names();
		this.support.audit()
			.recordChange("ASSIGN", RECORD, action.getId(),
					Changes.of()
						.set("meeting", MeetingNames.name(meeting.getKind(), meeting.getNumber(), meeting.getTitle()))
						.set("text", text)
						.set("ownerOrganisation", names.organisationName(input.ownerOrganisationId()))
						.set("ownerPerson", names.personName(input.ownerAccountId()))
						.set("dueOn", input.dueOn()));
		return view(action, names);
	}

	/**
	 * Marks an action done or open again (its owners and the Secretariat), or dropped
	 * (the Secretariat).
	 */
	public ActionItemView changeStatus(long id, @Nullable Long expectedVersion, @Nullable ActionStatus status) {
		MeetingViewer viewer = this.support.viewer();
		ActionItem action = this.actions.findById(id).orElseThrow(() -> new RecordNotFoundException(ACTION_ITEM, id));
		if (!viewer.canChangeStatus(action)) {
			throw new AccessDeniedException(UserText.of("meetings.action.statusDenied").english());
		}
		if (status == null) {
			throw new InvalidInputException("status", UserText.of("meetings.action.statusRequired"));
		}
		if (expectedVersion == null) {
			throw new InvalidInputException("version", UserText.of("meetings.action.versionRequired"));
		}
		if (status == ActionStatus.DROPPED && !viewer.manages()) {
			throw new AccessDeniedException(UserText.of("meetings.action.dropDenied").english());
		}
		ActionStatus before = action.getStatus();
		action.changeStatus(status, expectedVersion, this.support.now());
		this.actions.saveAndFlush(action);
		this.support.audit().recordChange("CHANGE_STATUS", RECORD, id, Changes.of().field("status", before, status));
		return view(action, this.support.names());
	}

	/**
	 * The actions of the current user and of its organisation, in one status or in all.
	 */
	@Transactional(readOnly = true)
	public List<ActionItemView> mine(@Nullable ActionStatus status) {
		MeetingViewer viewer = this.support.viewer();
		return views(this.actions.findOwnedBy(viewer.user().accountId(), viewer.user().organisationId(), status));
	}

	/**
	 * Actions by owner: {@code me} (the current user and its organisation), an
	 * organisation by id or short name, or a person by user name; all when owner is
	 * empty.
	 */
	@Transactional(readOnly = true)
	public List<ActionItemView> search(@Nullable String owner, @Nullable ActionStatus status) {
		if (owner == null || owner.isBlank()) {
			return views(this.actions.search(null, null, status));
		}
		String wanted = owner.trim();
		if (wanted.equalsIgnoreCase("me")) {
			return mine(status);
		}
		Optional<Organisation> organisation = this.support.organisations()
			.stream()
			.filter((o) -> String.valueOf(o.id()).equals(wanted) || o.shortName().equalsIgnoreCase(wanted))
			.findFirst();
		if (organisation.isPresent()) {
			return views(this.actions.search(organisation.get().id(), null, status));
		}
		Optional<AccountSummary> person = this.support.accounts()
			.enabledAccounts()
			.stream()
			.filter((a) -> a.username().equalsIgnoreCase(wanted.toLowerCase(Locale.ROOT)))
			.findFirst();
		if (person.isPresent()) {
			return views(this.actions.search(null, person.get().id(), status));
		}
		throw new InvalidInputException("owner", UserText.of("meetings.action.unknownOwner", wanted));
	}

	@Transactional(readOnly = true)
	public List<ActionItemView> ofMeeting(long meetingId) {
		return views(this.actions.findByMeetingIdOrderByIdAsc(meetingId));
	}

	@Transactional(readOnly = true)
	public ActionItemView get(long id) {
		return view(this.actions.findById(id).orElseThrow(() -> new RecordNotFoundException(ACTION_ITEM, id)),
				this.support.names());
	}

	/**
	 * Whether the current user may mark the action done.
	 */
	@Transactional(readOnly = true)
	public boolean mayChange(ActionItemView action) {
		MeetingViewer viewer = this.support.viewer();
		return this.actions.findById(action.id()).map(viewer::canChangeStatus).orElse(false);
	}

	private List<ActionItemView> views(List<ActionItem> found) {
		Names names = this.support.names();
		Map<Long, String> meetingNames = new HashMap<>();
		return found.stream()
			.map((action) -> MeetingViews.action(action,
					meetingNames.computeIfAbsent(action.getMeetingId(), this::meetingName), names,
					this.support.today()))
			.toList();
	}

	private ActionItemView view(ActionItem action, Names names) {
		return MeetingViews.action(action, meetingName(action.getMeetingId()), names, this.support.today());
	}

	private String meetingName(long meetingId) {
		return this.meetings.findById(meetingId)
			.map((m) -> MeetingNames.name(m.getKind(), m.getNumber(), m.getTitle()))
			.orElse("");
	}

}
