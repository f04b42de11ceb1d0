package com.wbiisg.mapping.reporting.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.needs.Cycles;
import com.wbiisg.mapping.reporting.ReportAction;
import com.wbiisg.mapping.reporting.ReportComparison;
import com.wbiisg.mapping.reporting.ReportDiff;
import com.wbiisg.mapping.reporting.ReportDraftView;
import com.wbiisg.mapping.reporting.ReportDrafts;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.ReportViews;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.Versions;
import com.wbiisg.mapping.shared.validation.DateText;
import com.wbiisg.mapping.shared.validation.EnumText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports for scripts: the drafts, generating one, a draft with its figures and the needs
 * the caller may see, the comparison of two drafts and the lifecycle steps. Generating
 * and the lifecycle are the Secretariat's, checked before the body is read.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

	private static final String SECRETARIAT = "hasRole('SECRETARIAT')";

	private final ReportDrafts drafts;

	private final ReportComparison comparison;

	private final ReportViews views;

	private final Cycles cycles;

	ReportApiController(ReportDrafts drafts, ReportComparison comparison, ReportViews views, Cycles cycles) {
		this.drafts = drafts;
		this.comparison = comparison;
		this.views = views;
		this.cycles = cycles;
	}

	@GetMapping
	List<ReportJson.Summary> list(@RequestParam(required = false) @Nullable String initiative,
			@RequestParam(required = false) @Nullable String kind) {
		ReportKind chosen = Inputs.enumValue("kind", kind, ReportKind.class);
		Map<Long, String> names = cycleNames();
		return this.drafts.list(initiative, chosen)
			.stream()
			.map((draft) -> ReportJson.Summary.of(draft, names))
			.toList();
	}

	@PostMapping
	@PreAuthorize(SECRETARIAT)
	ResponseEntity<ReportJson.Created> generate(@RequestBody GenerateRequest request) {
		ReportDraftView draft = this.drafts.generate(Inputs.enumValue("kind", request.kind(), ReportKind.class),
				request.initiative(), request.cycleId(), request.year());
		return ResponseEntity.created(URI.create("/api/v1/reports/" + draft.id()))
			.body(new ReportJson.Created(draft.id(), draft.draftNumber(), draft.status()));
	}

	@GetMapping("/{id}")
	ReportJson.Details get(@PathVariable long id) {
		ReportDrafts.Readable readable = this.drafts.readableWithSnapshot(id);
		return ReportJson.Details.of(readable.draft(), this.views.forCurrentUser(readable.snapshot()));
	}

	@GetMapping("/{id}/diff/{otherId}")
	ReportDiff diff(@PathVariable long id, @PathVariable long otherId) {
		return this.comparison.compare(id, otherId);
	}

	@PostMapping("/{id}/transitions")
	@PreAuthorize(SECRETARIAT)
	ReportJson.Summary transition(@PathVariable long id, @RequestBody TransitionRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		RecordValidation.check(request);
		ReportAction action = Inputs.enumOf(ReportAction.class, request.action());
		LocalDate adoptedOn = Inputs.date(request.adoptedOn());
		Long version = request.version();
		if (version == null && ifMatch != null) {
			version = Versions.expected(null, ifMatch);
		}
		ReportDraftView draft = this.drafts.transition(id, action, request.decision(), adoptedOn, version);
		return ReportJson.Summary.of(draft, cycleNames());
	}

	private Map<Long, String> cycleNames() {
		Map<Long, String> names = new HashMap<>();
		this.cycles.list().forEach((cycle) -> names.put(cycle.id(), cycle.name()));
		return names;
	}

	/**
	 * POST /reports: a Needs Mapping Report names its cycle, a Response Mapping Report
	 * its initiative and year.
	 */
	record GenerateRequest(@Nullable String kind, @Nullable String initiative, @Nullable Long cycleId,
			@Nullable Integer year) {
	}

	/**
	 * A lifecycle step: the decision names the meeting (DISCUSS) or the Board decision
	 * (ADOPT, with the date of the adoption, today when not given); the version, or
	 * If-Match, is checked when given.
	 */
	record TransitionRequest(@EnumText(ReportAction.class) @Nullable String action, @Nullable String decision,
			@DateText @Nullable String adoptedOn, @Nullable Long version) {
	}

}
