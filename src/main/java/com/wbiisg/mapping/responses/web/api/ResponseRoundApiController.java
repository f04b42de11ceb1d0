package com.wbiisg.mapping.responses.web.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.wbiisg.mapping.responses.PortfolioStatus;
import com.wbiisg.mapping.responses.ResponseRoundManagement;
import com.wbiisg.mapping.responses.ResponseRoundOverview;
import com.wbiisg.mapping.responses.ResponseRoundView;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual response mapping rounds for scripts: open and close a reporting year,
 * confirm a portfolio, see who has confirmed.
 */
@RestController
class ResponseRoundApiController {

	private final ResponseRoundManagement rounds;

	ResponseRoundApiController(ResponseRoundManagement rounds) {
		this.rounds = rounds;
	}

	@GetMapping("/api/v1/response-rounds")
	List<RoundResponse> list() {
		return this.rounds.list().stream().map(RoundResponse::of).toList();
	}

	@PostMapping("/api/v1/response-rounds")
	@PreAuthorize("hasRole('SECRETARIAT')")
	ResponseEntity<RoundResponse> open(@RequestBody OpenRequest request) {
		ResponseRoundView round = this.rounds.open(request.year());
		return ResponseEntity.created(URI.create("/api/v1/response-rounds/" + round.year()))
			.body(RoundResponse.of(round));
	}

	@GetMapping("/api/v1/response-rounds/{year}")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'BOARD')")
	OverviewResponse overview(@PathVariable int year) {
		ResponseRoundOverview overview = this.rounds.overview(year);
		return new OverviewResponse(RoundResponse.of(overview.round()),
				overview.members().stream().map(MemberResponse::of).toList());
	}

	@PostMapping("/api/v1/response-rounds/{year}/close")
	@PreAuthorize("hasRole('SECRETARIAT')")
	RoundResponse close(@PathVariable int year) {
		return RoundResponse.of(this.rounds.close(year));
	}

	@PostMapping("/api/v1/response-rounds/{year}/reopen")
	@PreAuthorize("hasRole('SECRETARIAT')")
	RoundResponse reopen(@PathVariable int year) {
		return RoundResponse.of(this.rounds.reopen(year));
	}

	@PostMapping("/api/v1/response-rounds/{year}/confirmations")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'PARTNER_FOCAL_POINT')")
	ResponseEntity<MemberResponse> confirm(@PathVariable int year, @RequestBody ConfirmRequest request) {
		return ResponseEntity.status(201)
			.body(MemberResponse.of(this.rounds.confirm(year, request.organisationId(), request.note())));
	}

	record OpenRequest(@Nullable Integer year) {
	}

	record ConfirmRequest(@Nullable Long organisationId, @Nullable String note) {
	}

	record RoundResponse(int year, String status, String openedBy, Instant openedAt, @Nullable Instant closedAt) {

		static RoundResponse of(ResponseRoundView round) {
			return new RoundResponse(round.year(), round.open() ? "OPEN" : "CLOSED", round.openedBy(), round.openedAt(),
					round.closedAt());
		}

	}

	record OverviewResponse(RoundResponse round, List<MemberResponse> members) {
	}

	record MemberResponse(long organisationId, String organisation, int projects, boolean confirmed,
			@Nullable String confirmedBy, @Nullable Instant confirmedAt, @Nullable Integer confirmedProjects,
			@Nullable String note) {

		static MemberResponse of(PortfolioStatus status) {
			var confirmation = status.confirmation();
			return new MemberResponse(status.organisation().id(), status.organisation().shortName(), status.projects(),
					status.confirmed(), (confirmation == null) ? null : confirmation.confirmedBy(),
					(confirmation == null) ? null : confirmation.confirmedAt(),
					(confirmation == null) ? null : confirmation.projectCount(),
					(confirmation == null) ? null : confirmation.note());
		}

	}

}
