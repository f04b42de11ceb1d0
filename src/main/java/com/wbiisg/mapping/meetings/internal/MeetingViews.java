package com.wbiisg.mapping.meetings.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;

import com.wbiisg.mapping.meetings.ActionItemView;
import com.wbiisg.mapping.meetings.DecisionView;
import com.wbiisg.mapping.meetings.MeetingView;
import com.wbiisg.mapping.meetings.internal.actions.ActionItem;
import com.wbiisg.mapping.meetings.internal.decisions.Decision;
import org.jspecify.annotations.Nullable;

/**
 * Turns the module's records into the views that pages, API and feeds show.
 */
public final class MeetingViews {

	private MeetingViews() {
	}

	public static MeetingView meeting(Meeting m, Names names) {
		String name = MeetingNames.name(m.getKind(), m.getNumber(), m.getTitle());
		return new MeetingView(m.getId(), m.getKind(), m.getNumber(), name, m.getTitle(),
				m.getInitiatives().stream().sorted().toList(), m.getSchedule().startAt(), m.getSchedule().endAt(),
				m.getSchedule().zone().getId(), m.getSchedule().allDay(), m.getSchedule().startDate(),
				m.getSchedule().endDate(), m.getCity(), m.getPartnerCode(), names.partnerName(m.getPartnerCode()),
				m.getOnlineLink(), m.getFormat(), m.getHostId(), names.organisation(m.getHostId()).orElse(null),
				m.getCoHostIds(), m.getCoHostIds().stream().map(names::organisation).flatMap(Optional::stream).toList(),
				m.getStatus(), m.isRestricted(),
				m.getInvitedOrganisationIds()
					.stream()
					.map(names::organisation)
					.flatMap(Optional::stream)
					.sorted(Comparator.comparing(MeetingView.OrganisationRef::name))
					.toList(),
				m.getInvitedAccountIds()
					.stream()
					.map(names::person)
					.flatMap(Optional::stream)
					.sorted(Comparator.comparing(MeetingView.PersonRef::username))
					.toList(),
				m.getCreatedBy(), m.getCreatedAt(), m.getUpdatedAt(), m.getVersion());
	}

	public static ActionItemView action(ActionItem a, String meetingName, Names names, LocalDate today) {
		Long daysLeft = (a.getDueOn() == null) ? null : ChronoUnit.DAYS.between(today, a.getDueOn());
		return new ActionItemView(a.getId(), a.getMeetingId(), meetingName, a.getText(), a.getOwnerOrganisationId(),
				names.organisationName(a.getOwnerOrganisationId()), a.getOwnerAccountId(),
				names.personName(a.getOwnerAccountId()), a.getDueOn(), a.getStatus(), a.isOverdue(today), daysLeft,
				a.getVersion());
	}

	public static DecisionView decision(Decision decision, @Nullable String targetPath) {
		return new DecisionView(decision.getId(), decision.getMeetingId(), decision.getNumber(), decision.getKind(),
				decision.getText(), decision.getTargetId(), decision.getTargetLabel(), targetPath, decision.getOption(),
				decision.getDecidedOn(), decision.isApplied(), decision.getRecordedBy(), decision.getRecordedAt());
	}

}
