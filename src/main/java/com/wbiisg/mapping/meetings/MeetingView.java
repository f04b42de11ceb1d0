package com.wbiisg.mapping.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A meeting as users and other modules see it, without its agenda and records. Times are
 * instants; {@code timeZone} is where the meeting takes place, in which {@code startDate}
 * and {@code endDate} (inclusive) are its days. An all-day meeting has no times of its
 * own.
 *
 * @param format null when it is not recorded, as for meetings known only from a short
 * report
 * @param name how people name the meeting: "5th IISG Board Meeting" when it has a number,
 * else its title
 */
public record MeetingView(long id, MeetingKind kind, @Nullable Integer number, String name, String title,
		List<String> initiatives, Instant start, Instant end, String timeZone, boolean allDay, LocalDate startDate,
		LocalDate endDate, @Nullable String city, @Nullable String partner, @Nullable String partnerName,
		@Nullable String onlineLink, @Nullable MeetingFormat format, @Nullable Long hostId,
		@Nullable OrganisationRef host, List<Long> coHostIds, List<OrganisationRef> coHosts, MeetingStatus status,
		boolean restricted, List<OrganisationRef> invitedOrganisations, List<PersonRef> invitedPeople, String createdBy,
		Instant createdAt, Instant updatedAt, long version) {

	/**
	 * An organisation named by a meeting, with its names.
	 */
	public record OrganisationRef(long id, String name, String shortName) {
	}

	/**
	 * A person named by a meeting: an account, with its name.
	 */
	public record PersonRef(long id, String username, String displayName) {
	}

	/**
	 * The meeting's name with its title when it has a number: "5th IISG Board Meeting –
	 * Needs mapping and membership methodologies".
	 */
	public String summary() {
		return (this.number == null || this.title.equals(this.name)) ? this.name : this.name + " \u2013 " + this.title;
	}

	/**
	 * Where the meeting takes place, such as "Prishtina, Kosovo*", or null when it is
	 * only online.
	 */
	public @Nullable String place() {
		if (this.city == null) {
			return this.partnerName;
		}
		return (this.partnerName == null) ? this.city : this.city + ", " + this.partnerName;
	}

	/**
	 * Whether the meeting lasts more than one day.
	 */
	public boolean multiDay() {
		return !this.startDate.equals(this.endDate);
	}

}
