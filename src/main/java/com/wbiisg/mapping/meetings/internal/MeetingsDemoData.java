package com.wbiisg.mapping.meetings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.meetings.internal.MeetingsDemoCatalogue.DemoAction;
import com.wbiisg.mapping.meetings.internal.MeetingsDemoCatalogue.DemoAgendaItem;
import com.wbiisg.mapping.meetings.internal.MeetingsDemoCatalogue.DemoDecision;
import com.wbiisg.mapping.meetings.internal.MeetingsDemoCatalogue.DemoDocument;
import com.wbiisg.mapping.meetings.internal.MeetingsDemoCatalogue.DemoMeeting;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.Cycles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for the calendar, in the demo profile only: the documents, meetings,
 * decisions, actions and milestone of {@link MeetingsDemoCatalogue}. Runs after the other
 * demo seeders (it links the seeded WBCTi framework and the demo cycle) and does nothing
 * once any meeting exists.
 *
 * <p>
 * Decisions are entered from the record: they name what they adopted without applying it
 * again (the framework is seeded adopted, the methodologies are recorded as adopted by
 * their decision here), and are marked as not applied by the platform. Records are made
 * through the aggregates and repositories, not the Secretariat's services, which need a
 * signed-in user and stamp the present day; they are audited as "SEED" by the system.
 */
@Component
@Profile("demo")
@Order(70)
class MeetingsDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MeetingsDemoData.class);

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

	MeetingsDemoData(MeetingRepository meetings, DecisionRepository decisions, ActionItemRepository actions,
			MilestoneRepository milestones, KeyDocumentRepository documents, DocumentVersionRepository versions,
			Membership membership, Frameworks frameworks, Cycles cycles, AuditTrail audit) {
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
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.meetings.count() > 0) {
			return;
		}
		Instant now = Instant.now();
		Map<String, DocumentVersion> versionsByKey = seedDocuments(now);
		Map<String, Long> organisations = new HashMap<>();
		for (Organisation organisation : this.membership.organisations()) {
			organisations.put(organisation.shortName(), organisation.id());
		}
		Map<String, Meeting> seeded = new HashMap<>();
		for (DemoMeeting demo : MeetingsDemoCatalogue.meetings()) {
			Meeting meeting = seedMeeting(demo, organisations, versionsByKey, now);
			seeded.put(demo.key(), meeting);
			seedDecisions(demo, meeting, versionsByKey, now);
			for (DemoAction action : demo.actions()) {
				ActionItem item = this.actions.save(new ActionItem(meeting.getId(), action.text(),
						organisations.get(action.owner()), null, null, action.status(), BY, now));
				this.audit.recordChange("SEED", ActionItems.RECORD, item.getId(),
						Changes.of()
							.set("text", action.text())
							.set("owner", action.owner())
							.set("status", action.status()));
			}
		}
		Meeting fifthBoard = seeded.get("board5");
		Milestone milestone = this.milestones.save(new Milestone("First mapping products",
				"First mapping products within 6 months from the 5th IISG Board Meeting.",
				fifthBoard.getSchedule().startDate().plusMonths(6), fifthBoard.getId(), 6, BY, now));
		this.audit.recordChange("SEED", MilestonePlanning.RECORD, milestone.getId(),
				Changes.of().set("name", milestone.getName()).set("dueOn", milestone.getDueOn()));
		log.info("Seeded {} meetings, {} decisions and the 6-month milestone of the 5th Board", seeded.size(),
				this.decisions.count());
	}

	private Map<String, DocumentVersion> seedDocuments(Instant now) {
		Map<String, DocumentVersion> byKey = new HashMap<>();
		for (DemoDocument demo : MeetingsDemoCatalogue.documents()) {
			KeyDocument document = this.documents
				.save(new KeyDocument(demo.kind(), demo.title(), demo.description(), BY, now));
			this.audit.recordChange("SEED", KeyDocuments.RECORD, document.getId(),
					Changes.of().set("title", demo.title()));
			for (int i = 0; i < demo.versionNotes().size(); i++) {
				DocumentVersion version = this.versions
					.save(new DocumentVersion(document.getId(), i + 1, demo.versionNotes().get(i), null, BY, now));
				byKey.put(demo.key() + ":" + (i + 1), version);
			}
		}
		return byKey;
	}

	private Meeting seedMeeting(DemoMeeting demo, Map<String, Long> organisations,
			Map<String, DocumentVersion> versionsByKey, Instant now) {
		ZoneId zone = ZoneId.of(MeetingsDemoCatalogue.ZONE);
		MeetingContent content = new MeetingContent(demo.kind(), demo.number(), demo.title(), demo.initiatives(),
				demo.first().atStartOfDay(zone).toInstant(), demo.last().plusDays(1).atStartOfDay(zone).toInstant(),
				zone, true, demo.city(), demo.partner(), null, demo.format(),
				(demo.host() == null) ? null : organisations.get(demo.host()),
				demo.coHosts().stream().map(organisations::get).toList(), demo.status(), demo.restricted(), Set.of(),
				Set.of());
		Meeting meeting = new Meeting(content, BY, now);
		for (DemoAgendaItem item : demo.agenda()) {
			Long reference = reference(item.reference(), versionsByKey);
			meeting.addAgendaItem(new AgendaItem(item.title(), item.notes(), (reference == null) ? null : item.kind(),
					reference, null), now);
		}
		for (String participant : demo.attendance()) {
			meeting.addAttendance(new Attendance(organisations.get(participant), null, null, null), now);
		}
		meeting.recordMinutes(MinutesSanitiser.clean(demo.minutes()), now);
		meeting = this.meetings.save(meeting);
		this.audit.recordChange("SEED", MeetingPlanning.RECORD, meeting.getId(),
				Changes.of()
					.set("name", MeetingNames.name(demo.kind(), demo.number(), demo.title()))
					.set("first", demo.first())
					.set("last", demo.last()));
		return meeting;
	}

	private void seedDecisions(DemoMeeting demo, Meeting meeting, Map<String, DocumentVersion> versionsByKey,
			Instant now) {
		int number = 0;
		for (DemoDecision decision : demo.decisions()) {
			Long target = reference(decision.target(), versionsByKey);
			String label = (decision.label() != null) ? decision.label() : targetLabel(decision.target());
			LocalDate decidedOn = decidedOn(decision, meeting);
			Decision saved = this.decisions.save(new Decision(meeting.getId(), ++number, decision.kind(),
					decision.text(), target, label, null, decidedOn, false, BY, now));
			DocumentVersion version = (decision.target() == null) ? null : versionsByKey.get(decision.target());
			if (version != null) {
				version.adopt(saved.getId(), decidedOn);
			}
			this.audit.recordChange("SEED", DecisionRecording.RECORD, saved.getId(),
					Changes.of().set("meeting", demo.key()).set("kind", decision.kind()).set("target", label));
		}
	}

	/**
	 * The meeting's first day, or for the framework the day its seeded adoption records
	 * (4 March 2021, the second day of the Prishtina meeting).
	 */
	private LocalDate decidedOn(DemoDecision decision, Meeting meeting) {
		if ("framework".equals(decision.target())) {
			LocalDate adopted = wbcti().map(FrameworkSummary::adoptedOn).orElse(null);
			if (adopted != null && !adopted.isBefore(meeting.getSchedule().startDate())
					&& !adopted.isAfter(meeting.getSchedule().endDate())) {
				return adopted;
			}
		}
		return meeting.getSchedule().startDate();
	}

	/**
	 * The id a demo key stands for: the seeded WBCTi framework, the demo WBCTi cycle, or
	 * a document version; null when the record is not there.
	 */
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

	private @Nullable String targetLabel(@Nullable String key) {
		if ("framework".equals(key)) {
			return wbcti().map(FrameworkSummary::label).orElse(null);
		}
		if (key == null) {
			return null;
		}
		DemoDocument document = MeetingsDemoCatalogue.documents()
			.stream()
			.filter((d) -> key.startsWith(d.key() + ":"))
			.findFirst()
			.orElse(null);
		return (document == null) ? null : document.title() + " v" + key.substring(key.indexOf(':') + 1);
	}

	private java.util.Optional<FrameworkSummary> wbcti() {
		List<FrameworkSummary> versions = this.frameworks.versions("WBCTi");
		return versions.stream()
			.filter((v) -> v.status() != FrameworkStatus.DRAFT && v.version() == 1
					&& "2021\u20132022".equals(v.cycle()))
			.findFirst();
	}

	private java.util.Optional<CycleView> wbctiCycle() {
		return this.cycles.list().stream().filter((cycle) -> cycle.initiative().equals("WBCTi")).findFirst();
	}

}
