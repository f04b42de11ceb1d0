package com.wbiisg.mapping.meetings.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.wbiisg.mapping.meetings.MeetingFormat;
import com.wbiisg.mapping.meetings.MeetingKind;
import com.wbiisg.mapping.meetings.MeetingPlanning;
import com.wbiisg.mapping.meetings.MeetingStatus;
import com.wbiisg.mapping.shared.AuditedAggregate;
import com.wbiisg.mapping.shared.RecordType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A meeting: the aggregate that owns its agenda, attendance and minutes. Its version
 * guards every change against lost updates and is the SEQUENCE of its calendar event, so
 * calendar programs take each change.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends AuditedAggregate<Meeting> {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MeetingKind kind;

	@Column(name = "meeting_number")
	private @Nullable Integer number;

	@Column(nullable = false)
	private String title;

	@Embedded
	private Schedule schedule;

	private @Nullable String city;

	@Column(name = "partner_code")
	private @Nullable String partnerCode;

	@Column(name = "online_link")
	private @Nullable String onlineLink;

	@Enumerated(EnumType.STRING)
	@Column(name = "meeting_format")
	private @Nullable MeetingFormat format;

	@Column(name = "host_org_id")
	private @Nullable Long hostId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MeetingStatus status;

	@Column(nullable = false)
	private boolean restricted;

	private @Nullable String minutes;

	@ElementCollection
	@CollectionTable(name = "meeting_initiative", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "initiative_code")
	private Set<String> initiatives = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "meeting_co_host", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	@Column(name = "organisation_id")
	private List<Long> coHostIds = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "meeting_invited_org", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "organisation_id")
	private Set<Long> invitedOrganisationIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "meeting_invited_person", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "account_id")
	private Set<Long> invitedAccountIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "meeting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	private List<AgendaItem> agenda = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	private List<Attendance> attendance = new ArrayList<>();

	protected Meeting() {
	}

	public Meeting(MeetingContent content, String by, Instant at) {
		this.createdBy = by;
		this.createdAt = at;
		apply(content, at);
	}

	public void edit(MeetingContent content, long expectedVersion, Instant at) {
		ensureVersion(expectedVersion);
		apply(content, at);
	}

	public void addAgendaItem(AgendaItem item, Instant at) {
		this.agenda.add(item);
		this.updatedAt = at;
	}

	/**
	 * Moves an agenda item one place up or down; at either end it stays where it is.
	 */
	public void shiftAgendaItem(int position, boolean up, Instant at) {
		if (OrderedEntries.shift(this.agenda, position, up, "meetings.agenda.noItem")) {
			this.updatedAt = at;
		}
	}

	public AgendaItem removeAgendaItem(int position, Instant at) {
		this.updatedAt = at;
		return OrderedEntries.remove(this.agenda, position, "meetings.agenda.noItem");
	}

	public AgendaItem agendaItem(int position) {
		return OrderedEntries.at(this.agenda, position, "meetings.agenda.noItem");
	}

	public void addAttendance(Attendance entry, Instant at) {
		this.attendance.add(entry);
		this.updatedAt = at;
	}

	public Attendance removeAttendance(int position, Instant at) {
		this.updatedAt = at;
		return OrderedEntries.remove(this.attendance, position, "meetings.attendance.noEntry");
	}

	public void recordMinutes(@Nullable String sanitisedMinutes, Instant at) {
		this.minutes = sanitisedMinutes;
		this.updatedAt = at;
	}

	private void apply(MeetingContent content, Instant at) {
		this.kind = content.kind();
		this.number = content.number();
		this.title = content.title();
		this.schedule = new Schedule(content.startAt(), content.endAt(), content.zone(), content.allDay());
		this.city = content.city();
		this.partnerCode = content.partnerCode();
		this.onlineLink = content.onlineLink();
		this.format = content.format();
		this.hostId = content.hostId();
		this.status = content.status();
		this.restricted = content.restricted();
		OrderedEntries.replace(this.initiatives, content.initiatives());
		this.coHostIds.clear();
		this.coHostIds.addAll(content.coHostIds());
		OrderedEntries.replace(this.invitedOrganisationIds, content.invitedOrganisationIds());
		OrderedEntries.replace(this.invitedAccountIds, content.invitedAccountIds());
		this.updatedAt = at;
	}

	@Override
	protected RecordType recordType() {
		return MeetingPlanning.MEETING;
	}

	public Schedule getSchedule() {
		return this.schedule;
	}

	public MeetingKind getKind() {
		return this.kind;
	}

	public @Nullable Integer getNumber() {
		return this.number;
	}

	public String getTitle() {
		return this.title;
	}

	@Nullable String getCity() {
		return this.city;
	}

	@Nullable String getPartnerCode() {
		return this.partnerCode;
	}

	@Nullable String getOnlineLink() {
		return this.onlineLink;
	}

	@Nullable MeetingFormat getFormat() {
		return this.format;
	}

	@Nullable Long getHostId() {
		return this.hostId;
	}

	public MeetingStatus getStatus() {
		return this.status;
	}

	boolean isRestricted() {
		return this.restricted;
	}

	public @Nullable String getMinutes() {
		return this.minutes;
	}

	public Set<String> getInitiatives() {
		return Collections.unmodifiableSet(this.initiatives);
	}

	List<Long> getCoHostIds() {
		return Collections.unmodifiableList(this.coHostIds);
	}

	Set<Long> getInvitedOrganisationIds() {
		return Collections.unmodifiableSet(this.invitedOrganisationIds);
	}

	Set<Long> getInvitedAccountIds() {
		return Collections.unmodifiableSet(this.invitedAccountIds);
	}

	public List<AgendaItem> getAgenda() {
		return Collections.unmodifiableList(this.agenda);
	}

	public List<Attendance> getAttendance() {
		return Collections.unmodifiableList(this.attendance);
	}

}
