package com.wbiisg.mapping.meetings.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.wbiisg.mapping.meetings.ActionInput;
import com.wbiisg.mapping.meetings.ActionItemView;
import com.wbiisg.mapping.meetings.ActionItems;
import com.wbiisg.mapping.meetings.AgendaInput;
import com.wbiisg.mapping.meetings.AttendanceInput;
import com.wbiisg.mapping.meetings.DecisionInput;
import com.wbiisg.mapping.meetings.DecisionKind;
import com.wbiisg.mapping.meetings.DecisionRecording;
import com.wbiisg.mapping.meetings.DecisionView;
import com.wbiisg.mapping.meetings.MeetingDetails;
import com.wbiisg.mapping.meetings.MeetingFilter;
import com.wbiisg.mapping.meetings.MeetingKind;
import com.wbiisg.mapping.meetings.MeetingPlanning;
import com.wbiisg.mapping.meetings.MeetingQueries;
import com.wbiisg.mapping.meetings.MeetingRecords;
import com.wbiisg.mapping.meetings.MeetingStatus;
import com.wbiisg.mapping.meetings.MeetingView;
import com.wbiisg.mapping.meetings.MilestoneView;
import com.wbiisg.mapping.meetings.ReferenceKind;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.Versions;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meetings and their record for scripts, under the same rules as the pages: members read,
 * the Secretariat plans, records and decides.
 */
@RestController
class MeetingApiController {

	static final String SECRETARIAT = "hasRole('SECRETARIAT')";

	private final MeetingQueries queries;

	private final MeetingPlanning planning;

	private final MeetingRecords records;

	private final DecisionRecording decisions;

	private final ActionItems actions;

	MeetingApiController(MeetingQueries queries, MeetingPlanning planning, MeetingRecords records,
			DecisionRecording decisions, ActionItems actions) {
		this.queries = queries;
		this.planning = planning;
		this.records = records;
		this.decisions = decisions;
		this.actions = actions;
	}

	@GetMapping("/api/v1/meetings")
	Page<MeetingView> list(@RequestParam(required = false) @Nullable String initiative,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		MeetingFilter filter = new MeetingFilter(initiative, Inputs.enumValue("kind", kind, MeetingKind.class),
				Inputs.enumValue("status", status, MeetingStatus.class));
		LocalDate fromDay = Page.date("from", from);
		LocalDate toDay = Page.date("to", to);
		List<MeetingView> found = this.queries.list(filter)
			.stream()
			.filter((m) -> fromDay == null || !m.endDate().isBefore(fromDay))
			.filter((m) -> toDay == null || !m.startDate().isAfter(toDay))
			.toList();
		return Page.of(found, page, size);
	}

	@PostMapping("/api/v1/meetings")
	@PreAuthorize(SECRETARIAT)
	ResponseEntity<MeetingView> create(@RequestBody MeetingRequest request) {
		MeetingView meeting = this.planning.plan(request.toInput());
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id())).body(meeting);
	}

	@GetMapping("/api/v1/meetings/{id}")
	MeetingResponse get(@PathVariable long id) {
		return MeetingResponse.of(this.queries.details(id));
	}

	@PutMapping("/api/v1/meetings/{id}")
	@PreAuthorize(SECRETARIAT)
	MeetingView update(@PathVariable long id, @RequestBody MeetingRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		return this.planning.update(id, Versions.expected(request.version(), ifMatch), request.toInput());
	}

	@PostMapping("/api/v1/meetings/{id}/decisions")
	@PreAuthorize(SECRETARIAT)
	ResponseEntity<DecisionView> decide(@PathVariable long id, @RequestBody DecisionRequest request) {
		DecisionView decision = this.decisions.record(id,
				new DecisionInput(Inputs.enumValue("kind", request.kind(), DecisionKind.class), request.targetId(),
						request.text(), Page.date("decidedOn", request.decidedOn()),
						(request.memberCategory() != null) ? request.memberCategory() : request.option()));
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "#decision-" + decision.id()))
			.body(decision);
	}

	@PostMapping("/api/v1/meetings/{id}/agenda")
	@PreAuthorize(SECRETARIAT)
	ResponseEntity<MeetingResponse> addAgendaItem(@PathVariable long id, @RequestBody AgendaRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		this.records.addAgendaItem(id, Versions.expected(request.version(), ifMatch),
				new AgendaInput(request.title(), request.notes(),
						Inputs.enumValue("referenceKind", request.referenceKind(), ReferenceKind.class),
						request.referenceId()));
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(get(id));
	}

	@PostMapping("/api/v1/meetings/{id}/attendance")
	@PreAuthorize(SECRETARIAT)
	ResponseEntity<MeetingResponse> addAttendance(@PathVariable long id, @RequestBody AttendanceRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		this.records.addAttendance(id, Versions.expected(request.version(), ifMatch), new AttendanceInput(
				request.organisationId(), request.accountId(), request.personName(), request.role()));
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(get(id));
	}

	@PutMapping("/api/v1/meetings/{id}/minutes")
	@PreAuthorize(SECRETARIAT)
	MeetingResponse recordMinutes(@PathVariable long id, @RequestBody MinutesRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		this.records.recordMinutes(id, Versions.expected(request.version(), ifMatch), request.minutes());
		return get(id);
	}

	@PostMapping("/api/v1/meetings/{id}/actions")
	@PreAuthorize(SECRETARIAT)
	ResponseEntity<ActionItemView> assign(@PathVariable long id, @RequestBody ActionRequest request) {
		ActionItemView action = this.actions.assign(id, new ActionInput(request.text(), request.ownerOrganisationId(),
				request.ownerAccountId(), Page.date("dueOn", request.dueOn())));
		return ResponseEntity.created(URI.create("/api/v1/actions/" + action.id())).body(action);
	}

	record DecisionRequest(@Nullable String kind, @Nullable Long targetId, @Nullable String text,
			@Nullable String decidedOn, @Nullable String memberCategory, @Nullable String option) {
	}

	record AgendaRequest(@Nullable String title, @Nullable String notes, @Nullable String referenceKind,
			@Nullable Long referenceId, @Nullable Long version) {
	}

	record AttendanceRequest(@Nullable Long organisationId, @Nullable Long accountId, @Nullable String personName,
			@Nullable String role, @Nullable Long version) {
	}

	record MinutesRequest(@Nullable String minutes, @Nullable Long version) {
	}

	record ActionRequest(@Nullable String text, @Nullable Long ownerOrganisationId, @Nullable Long ownerAccountId,
			@Nullable String dueOn) {
	}

	/**
	 * A meeting with what the caller may see of its record.
	 */
	record MeetingResponse(@JsonUnwrapped MeetingView meeting, List<MeetingDetails.AgendaView> agenda,
			List<MeetingDetails.AttendanceView> attendance, @Nullable String minutes, List<DecisionView> decisions,
			List<ActionItemView> actions, List<MilestoneView> milestones) {

		static MeetingResponse of(MeetingDetails details) {
			return new MeetingResponse(details.meeting(), details.agenda(), details.attendance(), details.minutes(),
					details.decisions(), details.actions(), details.milestones());
		}

	}

}
