package com.wbiisg.mapping.meetings.web.api;

import java.net.URI;
import java.util.List;

import com.wbiisg.mapping.meetings.ActionItemView;
import com.wbiisg.mapping.meetings.ActionItems;
import com.wbiisg.mapping.meetings.ActionStatus;
import com.wbiisg.mapping.meetings.DocumentDetails;
import com.wbiisg.mapping.meetings.DocumentLibrary;
import com.wbiisg.mapping.meetings.MilestoneInput;
import com.wbiisg.mapping.meetings.MilestonePlanning;
import com.wbiisg.mapping.meetings.MilestoneView;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.Versions;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Action items, milestones and key documents for scripts: members read them and change
 * the status of the action items they own; the Secretariat sets milestones.
 */
@RestController
class ActionApiController {

	private final ActionItems actions;

	private final MilestonePlanning milestones;

	private final DocumentLibrary documents;

	ActionApiController(ActionItems actions, MilestonePlanning milestones, DocumentLibrary documents) {
		this.actions = actions;
		this.milestones = milestones;
		this.documents = documents;
	}

	/**
	 * Action items by owner ({@code me}, an organisation's short name or id, or a user
	 * name) and status.
	 */
	@GetMapping("/api/v1/actions")
	Page<ActionItemView> list(@RequestParam(required = false) @Nullable String owner,
			@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return Page.of(this.actions.search(owner, Inputs.enumValue("status", status, ActionStatus.class)), page, size);
	}

	@GetMapping("/api/v1/actions/{id}")
	ActionItemView get(@PathVariable long id) {
		return this.actions.get(id);
	}

	@PostMapping("/api/v1/actions/{id}/status")
	ActionItemView changeStatus(@PathVariable long id, @RequestBody StatusRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		// The version is checked after who may change the action, so that others learn
		// nothing.
		Long version = (request.version() == null && ifMatch == null) ? null
				: Versions.expected(request.version(), ifMatch);
		return this.actions.changeStatus(id, version, Inputs.enumValue("status", request.status(), ActionStatus.class));
	}

	@GetMapping("/api/v1/milestones")
	List<MilestoneView> milestones() {
		return this.milestones.list();
	}

	@PostMapping("/api/v1/milestones")
	@PreAuthorize(MeetingApiController.SECRETARIAT)
	ResponseEntity<MilestoneView> setMilestone(@RequestBody MilestoneRequest request) {
		MilestoneView milestone = this.milestones.set(new MilestoneInput(request.name(), request.description(),
				Page.date("dueOn", request.dueOn()), request.meetingId(), request.monthsAfter()));
		return ResponseEntity.created(URI.create("/api/v1/milestones#" + milestone.id())).body(milestone);
	}

	@GetMapping("/api/v1/documents")
	List<DocumentDetails> documents() {
		return this.documents.list();
	}

	record StatusRequest(@Nullable String status, @Nullable Long version) {
	}

	record MilestoneRequest(@Nullable String name, @Nullable String description, @Nullable String dueOn,
			@Nullable Long meetingId, @Nullable Integer monthsAfter) {
	}

}
