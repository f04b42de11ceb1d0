package com.wbiisg.mapping.needs.web.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.needs.CycleManagement;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.NeedManagement;
import com.wbiisg.mapping.needs.NeedStatus;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.validation.DateText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Needs mapping cycles for scripts: read by members, opened and closed by the
 * Secretariat.
 */
@RestController
@RequestMapping("/api/v1/cycles")
class CycleApiController {

	private static final String SECRETARIAT = "hasRole('SECRETARIAT')";

	private final CycleManagement cycles;

	private final NeedManagement needs;

	CycleApiController(CycleManagement cycles, NeedManagement needs) {
		this.cycles = cycles;
		this.needs = needs;
	}

	@GetMapping
	List<CycleView> list() {
		return this.cycles.list();
	}

	@PostMapping
	@PreAuthorize(SECRETARIAT)
	ResponseEntity<CycleView> open(@RequestBody OpenRequest request) {
		RecordValidation.check(request);
		CycleView cycle = this.cycles.open(request.frameworkId(), request.name(), Inputs.date(request.opensOn()),
				Inputs.date(request.closesOn()));
		return ResponseEntity.created(URI.create("/api/v1/cycles/" + cycle.id())).body(cycle);
	}

	@GetMapping("/{id}")
	CycleView get(@PathVariable long id) {
		return this.cycles.get(id);
	}

	/**
	 * Needs per partner and status: aggregates, restricted needs included.
	 */
	@GetMapping("/{id}/progress")
	Map<String, Map<NeedStatus, Long>> progress(@PathVariable long id) {
		this.cycles.get(id);
		return this.needs.progress(id);
	}

	@PostMapping("/{id}/close")
	@PreAuthorize(SECRETARIAT)
	CycleView close(@PathVariable long id) {
		return this.cycles.close(id);
	}

	@PostMapping("/{id}/reopen")
	@PreAuthorize(SECRETARIAT)
	CycleView reopen(@PathVariable long id) {
		return this.cycles.reopen(id);
	}

	record OpenRequest(@Nullable Long frameworkId, @Nullable String name, @DateText @Nullable String opensOn,
			@DateText @Nullable String closesOn) {
	}

}
