package com.wbiisg.mapping.meetings.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.meetings.ActionItems;
import com.wbiisg.mapping.meetings.DecisionRecording;
import com.wbiisg.mapping.meetings.MeetingPlanning;
import com.wbiisg.mapping.meetings.MilestonePlanning;
import com.wbiisg.mapping.meetings.internal.actions.ActionItem;
import com.wbiisg.mapping.meetings.internal.actions.ActionItemRepository;
import com.wbiisg.mapping.meetings.internal.decisions.Decision;
import com.wbiisg.mapping.meetings.internal.decisions.DecisionRepository;
import com.wbiisg.mapping.meetings.internal.documents.DocumentVersion;
import com.wbiisg.mapping.meetings.internal.documents.DocumentVersionRepository;
import com.wbiisg.mapping.meetings.internal.documents.KeyDocument;
import com.wbiisg.mapping.meetings.internal.documents.KeyDocumentRepository;
import com.wbiisg.mapping.meetings.internal.documents.KeyDocuments;
import com.wbiisg.mapping.meetings.internal.milestones.Milestone;
import com.wbiisg.mapping.meetings.internal.milestones.MilestoneRepository;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.Cycles;
import com.wbiisg.mapping.meetings.internal.MeetingSeedRecords.Document;
import com.wbiisg.mapping.meetings.internal.MeetingSeedRecords.MeetingRecord;
import com.wbiisg.mapping.meetings.internal.MeetingSeedRecords.AgendaEntry;
import com.wbiisg.mapping.meetings.internal.MeetingSeedRecords.DecisionEntry;
import com.wbiisg.mapping.meetings.internal.MeetingSeedRecords.Action;
import com.wbiisg.mapping.meetings.internal.MeetingSeedRecords.MilestoneEntry;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters the calendar from the record: key documents with their versions, meetings with
 * agenda, attendance, minutes (sanitised like any minutes), decisions and actions, and a
 * milestone. Decisions name what they adopted without applying it again (the framework
 * and the needs are entered as adopted already; a methodology version is recorded as
 * adopted by its decision) and are marked as not applied by the platform. Meetings last
 * whole days in the given time zone. Entries are audited as "SEED" by the system.
 *
 * <p>
 * A reference or decision target is "framework" (the WBCTi framework 2021–2022), "cycle"
 * (the WBCTi needs cycle) or a document key with its version ("needs:1").
 */
@Service
@Profile("demo")
@Transactional
public class MeetingSeeding {

	private static final String BY = "system";

	private final MeetingRepository meetings;

	private final DecisionRepository decisions;

	private final ActionItemRepository actions;

	private final MilestoneRepository milestones;

	private final KeyDocumentRepository documents;

	private final DocumentVersionRepository versions;

	private final Membership membership;

	private final Frameworks frameworks;

	private final Cycles cycles;

	private final AuditTrail audit;

	private final Clock clock;

	MeetingSeeding(MeetingRepository meetings, DecisionRepository decisions, ActionItemRepository actions,
			MilestoneRepository milestones, KeyDocumentRepository documents, DocumentVersionRepository versions,
			Membership membership, Frameworks frameworks, Cycles cycles, AuditTrail audit, Clock clock) {
		this.meetings = meetings;
		this.decisions = decisions;
		this.actions = actions;
		this.milestones = milestones;
		this.documents = documents;
		this.versions = versions;
		this.membership = membership;
		this.frameworks = frameworks;
		this.cycles = cycles;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean anyMeeting() {
		return this.meetings.count() > 0;
	}

	/**
	 * Enters the documents, then the meetings in their order, then the milestone; answers
	 * the number of decisions recorded.
	 */
	public long enter(ZoneId zone, List<Document> documents, List<MeetingRecord> meetings, MilestoneEntry milestone) {
		Instant now = this.clock.instant();
		Map<String, DocumentVersion> versionsByKey = enterDocuments(documents, now);
		Map<String, String> labels = new HashMap<>();
		documents.forEach((document) -> {
			for (int i = 1; i <= document.versions().size(); i++) {
				labels.put(document.key() + ":" + i, document.title() + " v" + i);
			}
		});
		Map<String, Long> organisations = new HashMap<>();
		for (Organisation organisation : this.membership.organisations()) {
			organisations.put(organisation.shortName(), organisation.id());
		}
		Map<String, Meeting> entered = new HashMap<>();
		for (MeetingRecord record : meetings) {
			Meeting meeting = enterMeeting(record, zone, organisations, versionsByKey, now);
			entered.put(record.key(), meeting);
			enterDecisions(record, meeting, versionsByKey, labels, now);
			for (Action action : record.actions()) {
				ActionItem item = this.actions.save(new ActionItem(meeting.getId(), action.text(),
						organisations.get(action.owner()), null, null, action.status(), BY, now));
				this.audit.recordChange("SEED", ActionItems.RECORD, item.getId(),
						Changes.of()
							.set("text", action.text())
							.set("owner", action.owner())
							.set("status", action.status()));
			}
		}
		Meeting from = entered.get(milestone.meeting());
		Milestone due = this.milestones.save(new Milestone(milestone.name(), milestone.description(),
				from.getSchedule().startDate().plusMonths(milestone.monthsAfter()), from.getId(),
				milestone.monthsAfter(), BY, now));
		this.audit.recordChange("SEED", MilestonePlanning.RECORD, due.getId(),
				Changes.of().set("name", due.getName()).set("dueOn", due.getDueOn()));
		return this.decisions.count();
	}

	private Map<String, DocumentVersion> enterDocuments(List<Document> documents, Instant now) {
		Map<String, DocumentVersion> byKey = new HashMap<>();
		for (Document wanted : documents) {
			KeyDocument document = this.documents
				.save(new KeyDocument(wanted.kind(), wanted.title(), wanted.description(), BY, now));
			this.audit.recordChange("SEED", KeyDocuments.RECORD, document.getId(),
					Changes.of().set("title", wanted.title()));
			for (int i = 0; i < wanted.versions().size(); i++) {
				DocumentVersion version = this.versions
					.save(new DocumentVersion(document.getId(), i + 1, wanted.versions().get(i), null, BY, now));
				byKey.put(wanted.key() + ":" + (i + 1), version);
			}
		}
		return byKey;
	}

	private Meeting enterMeeting(MeetingRecord record, ZoneId zone, Map<String, Long> organisations,
			Map<String, DocumentVersion> versionsByKey, Instant now) {
		MeetingContent content = new MeetingContent(record.kind(), record.number(), record.title(),
				record.initiatives(), record.firstDay().atStartOfDay(zone).toInstant(),
				record.lastDay().plusDays(1).atStartOfDay(zone).toInstant(), zone, true, record.city(),
				record.partner(), null, record.format(),
				(record.host() == null) ? null : organisations.get(record.host()),
				record.coHosts().stream().map(organisations::get).toList(), record.status(), record.restricted(),
				Set.of(), Set.of());
		Meeting meeting = new Meeting(content, BY, now);
		for (AgendaEntry item : record.agenda()) {
			Long reference = reference(item.reference(), versionsByKey);
			meeting.addAgendaItem(new AgendaItem(item.title(), item.notes(),
					(reference == null) ? null : item.referenceKind(), reference, null), now);
		}
		for (String participant : record.attendance()) {
			meeting.addAttendance(new Attendance(organisations.get(participant), null, null, null), now);
		}
		meeting.recordMinutes(MinutesSanitiser.clean(record.minutes()), now);
		meeting = this.meetings.save(meeting);
		this.audit.recordChange("SEED", MeetingPlanning.RECORD, meeting.getId(),
				Changes.of()
					.set("name", MeetingNames.name(record.kind(), record.number(), record.title()))
					.set("first", record.firstDay())
					.set("last", record.lastDay()));
		return meeting;
	}

	private void enterDecisions(MeetingRecord record, Meeting meeting, Map<String, DocumentVersion> versionsByKey,
			Map<String, String> labels, Instant now) {
		int number = 0;
		for (DecisionEntry decision : record.decisions()) {
			Long target = reference(decision.target(), versionsByKey);
			String label = (decision.label() != null) ? decision.label() : targetLabel(decision.target(), labels);
			LocalDate decidedOn = decidedOn(decision, meeting);
			Decision saved = this.decisions.save(new Decision(meeting.getId(), ++number, decision.kind(),
					decision.text(), target, label, null, decidedOn, false, BY, now)
				.withoutEvents());
			DocumentVersion version = (decision.target() == null) ? null : versionsByKey.get(decision.target());
			if (version != null) {
				version.adopt(saved.getId(), decidedOn);
			}
			this.audit.recordChange("SEED", DecisionRecording.RECORD, saved.getId(),
					Changes.of().set("meeting", record.key()).set("kind", decision.kind()).set("target", label));
		}
	}

	/**
	 * The meeting's first day, or for the framework the day its adoption records (the
	 * second day of the Prishtina meeting).
	 */
	private LocalDate decidedOn(DecisionEntry decision, Meeting meeting) {
		if ("framework".equals(decision.target())) {
			LocalDate adopted = wbcti().map(FrameworkSummary::adoptedOn).orElse(null);
			if (adopted != null && !adopted.isBefore(meeting.getSchedule().startDate())
					&& !adopted.isAfter(meeting.getSchedule().endDate())) {
				return adopted;
			}
		}
		return meeting.getSchedule().startDate();
	}

	private @Nullable Long reference(@Nullable String key, Map<String, DocumentVersion> versionsByKey) {
		if (key == null) {
			return null;
		}
		return switch (key) {
			case "framework" -> wbcti().map(FrameworkSummary::id).orElse(null);
			case "cycle" -> wbctiCycle().map(CycleView::id).orElse(null);
			default -> (versionsByKey.get(key) == null) ? null : versionsByKey.get(key).getId();
		};
	}

	private @Nullable String targetLabel(@Nullable String key, Map<String, String> labels) {
		if ("framework".equals(key)) {
			return wbcti().map(FrameworkSummary::label).orElse(null);
		}
		return (key == null) ? null : labels.get(key);
	}

	private Optional<FrameworkSummary> wbcti() {
		return this.frameworks.versions("WBCTi")
			.stream()
			.filter((v) -> v.status() != FrameworkStatus.DRAFT && v.version() == 1
					&& "2021\u20132022".equals(v.cycle()))
			.findFirst();
	}

	private Optional<CycleView> wbctiCycle() {
		return this.cycles.list().stream().filter((cycle) -> cycle.initiative().equals("WBCTi")).findFirst();
	}

}
