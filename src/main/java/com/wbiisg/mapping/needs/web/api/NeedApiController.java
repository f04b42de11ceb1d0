package com.wbiisg.mapping.needs.web.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.needs.NeedAction;
import com.wbiisg.mapping.needs.NeedFilter;
import com.wbiisg.mapping.needs.NeedManagement;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.needs.NeedTransitionView;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.Versions;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Needs for scripts, under the same rules as the pages: visibility, the workflow table,
 * versions.
 */
@RestController
@RequestMapping("/api/v1/needs")
class NeedApiController {

	/**
	 * Who enters needs at all; which needs each may change is the services' rule.
	 */
	private static final String EDITORS = "hasAnyRole('SECRETARIAT', 'BENEFICIARY_FOCAL_POINT')";

	private final NeedManagement needs;

	NeedApiController(NeedManagement needs) {
		this.needs = needs;
	}

	@GetMapping
	NeedPage list(@RequestParam(required = false) @Nullable Long cycle,
			@RequestParam(required = false) @Nullable String partner,
			@RequestParam(required = false) @Nullable String pillar,
			@RequestParam(required = false) @Nullable String objective,
			@RequestParam(required = false) @Nullable String measure,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		NeedFilter filter = new NeedFilter(cycle, partner, pillar, objective, measure,
				Inputs.enumValue("status", status, NeedStatus.class), q);
		Page<NeedView> found = this.needs.search(filter, page, size);
		return new NeedPage(found.getContent(), found.getTotalElements());
	}

	@PostMapping
	@PreAuthorize(EDITORS)
	ResponseEntity<NeedView> create(@RequestBody NeedRequest request) {
		NeedView need = this.needs.create(request.toInput());
		return ResponseEntity.created(URI.create("/api/v1/needs/" + need.id())).body(need);
	}

	@GetMapping("/{id}")
	NeedView get(@PathVariable long id) {
		return this.needs.get(id);
	}

	@PutMapping("/{id}")
	@PreAuthorize(EDITORS)
	NeedView update(@PathVariable long id, @RequestBody NeedRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		return this.needs.update(id, Versions.expected(request.version(), ifMatch), request.toInput());
	}

	@PostMapping("/{id}/transitions")
	NeedView transition(@PathVariable long id, @RequestBody TransitionRequest request) {
		NeedAction action = Inputs.enumValue("action", request.action(), NeedAction.class);
		if (action == null) {
			throw new InvalidInputException("action", UserText.of("needs.transition.actionRequired"));
		}
		return this.needs.transition(id, action, request.reason(), request.decision());
	}

	@GetMapping("/{id}/history")
	List<NeedTransitionView> history(@PathVariable long id) {
		return this.needs.history(id);
	}

	@PostMapping("/submissions")
	@PreAuthorize(EDITORS)
	Map<String, Integer> submitAll(@RequestBody SubmitAllRequest request) {
		if (request.cycleId() == null || request.partner() == null) {
			throw new InvalidInputException("cycleId", UserText.of("needs.submitAll.required"));
		}
		return Map.of("submitted", this.needs.submitAllDrafts(request.cycleId(), request.partner()));
	}

	@PostMapping("/adoptions")
	@PreAuthorize("hasRole('SECRETARIAT')")
	Map<String, Integer> adoptAll(@RequestBody AdoptAllRequest request) {
		return Map.of("adopted", this.needs.adoptAll(request.ids(), request.decision()));
	}

	record NeedPage(List<NeedView> items, long total) {
	}

	record TransitionRequest(@Nullable String action, @Nullable String reason, @Nullable String decision) {
	}

	record SubmitAllRequest(@Nullable Long cycleId, @Nullable String partner) {
	}

	record AdoptAllRequest(@Nullable List<Long> ids, @Nullable String decision) {
	}

}
