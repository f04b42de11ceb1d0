package com.wbiisg.mapping.responses.web.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.wbiisg.mapping.responses.internal.ResponseRound;
import com.wbiisg.mapping.responses.internal.ResponseRounds;
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

	private final ResponseRounds rounds;

	ResponseRoundApiController(ResponseRounds rounds) {
		this.rounds = rounds;
	}

	@GetMapping("/api/v1/response-rounds")
	List<RoundResponse> list() {
		return this.rounds.list().stream().map(RoundResponse::of).toList();
	}

	@PostMapping("/api/v1/response-rounds")
	@PreAuthorize("hasRole('SECRETARIAT')")
	ResponseEntity<RoundResponse> open(@RequestBody OpenRequest request) {
		ResponseRound round = this.rounds.open(request.year());
		return ResponseEntity.created(URI.create("/api/v1/response-rounds/" + round.getYear()))
			.body(RoundResponse.of(round));
	}

	@GetMapping("/api/v1/response-rounds/{year}")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'BOARD')")
	OverviewResponse overview(@PathVariable int year) {
		ResponseRounds.RoundOverview overview = this.rounds.overview(year);
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

		static RoundResponse of(ResponseRound round) {
			return new RoundResponse(round.getYear(), round.isOpen() ? "OPEN" : "CLOSED", round.getOpenedBy(),
					round.getOpenedAt(), round.getClosedAt());
		}

	}

	record OverviewResponse(RoundResponse round, List<MemberResponse> members) {
	}

	record MemberResponse(long organisationId, String organisation, int projects, boolean confirmed,
			@Nullable String confirmedBy, @Nullable Instant confirmedAt, @Nullable Integer confirmedProjects,
			@Nullable String note) {

		static MemberResponse of(ResponseRounds.MemberStatus status) {
			var confirmation = status.confirmation();
			return new MemberResponse(status.organisation().id(), status.organisation().shortName(), status.projects(),
					status.confirmed(), (confirmation == null) ? null : confirmation.getConfirmedBy(),
					(confirmation == null) ? null : confirmation.getConfirmedAt(),
					(confirmation == null) ? null : confirmation.getProjectCount(),
					(confirmation == null) ? null : confirmation.getNote());
		}

	}

}
