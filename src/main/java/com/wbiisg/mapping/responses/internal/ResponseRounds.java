package com.wbiisg.mapping.responses.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Organisation;
import com.wbiisg.mapping.responses.PortfolioConfirmationView;
import com.wbiisg.mapping.responses.PortfolioStatus;
import com.wbiisg.mapping.responses.ProjectInput;
import com.wbiisg.mapping.responses.ResponseRoundOverview;
import com.wbiisg.mapping.responses.ResponseRoundView;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual response mapping rounds: the Secretariat opens and closes the round of a
 * reporting year; each supporting member confirms its portfolio for that year; the
 * Secretariat sees who has confirmed and who has not.
 */
@Service
@Transactional
public class ResponseRounds {

	static final String RECORD = "ResponseRound";

	private final ResponseRoundRepository rounds;

	private final PortfolioConfirmationRepository confirmations;

	private final ProjectRepository projects;

	private final ResponsesSupport support;

	ResponseRounds(ResponseRoundRepository rounds, PortfolioConfirmationRepository confirmations,
			ProjectRepository projects, ResponsesSupport support) {
		this.rounds = rounds;
		this.confirmations = confirmations;
		this.projects = projects;
		this.support = support;
	}

	@Transactional(readOnly = true)
	public List<ResponseRoundView> list() {
		return this.rounds.findAllByOrderByYearDesc().stream().map(ResponseRound::toView).toList();
	}

	@Transactional(readOnly = true)
	public Optional<ResponseRoundView> find(int year) {
		return this.rounds.findByYear(year).map(ResponseRound::toView);
	}

	@PreAuthorize("hasRole('SECRETARIAT')")
	public ResponseRoundView open(@Nullable Integer year) {
		if (year == null || !ProjectInput.isYear(year)) {
			throw new InvalidInputException("year", UserText.of("responses.mappingRound.yearRequired"));
		}
		if (this.rounds.findByYear(year).isPresent()) {
			throw new InvalidInputException("year", UserText.of("responses.mappingRound.exists", year));
		}
		ResponseRound round = this.rounds
			.saveAndFlush(new ResponseRound(year, this.support.viewer().username(), this.support.now()));
		this.support.audit().recordChange("OPEN", RECORD, round.getId(), Changes.of().set("year", year));
		return round.toView();
	}

	@PreAuthorize("hasRole('SECRETARIAT')")
	public ResponseRoundView close(int year) {
		ResponseRound round = get(year);
		round.close(this.support.now());
		this.rounds.saveAndFlush(round);
		this.support.audit()
			.recordChange("CLOSE", RECORD, round.getId(), Changes.of().field("status", "OPEN", "CLOSED"));
		return round.toView();
	}

	@PreAuthorize("hasRole('SECRETARIAT')")
	public ResponseRoundView reopen(int year) {
		ResponseRound round = get(year);
		round.reopen();
		this.rounds.saveAndFlush(round);
		this.support.audit()
			.recordChange("REOPEN", RECORD, round.getId(), Changes.of().field("status", "CLOSED", "OPEN"));
		return round.toView();
	}

	/**
	 * Confirms the portfolio of an organisation for the year: a partner focal point its
	 * own organisation's, the Secretariat any member's on its behalf.
	 */
	public PortfolioStatus confirm(int year, @Nullable Long organisationId, @Nullable String note) {
		ProjectViewer viewer = this.support.viewer();
		long organisation = confirmingOrganisation(viewer, organisationId);
		ResponseRound round = get(year);
		round.ensureOpen();
		RecordValidation.check(new Note(note));
		String cleanNote = Inputs.text(note);
		Organisation member = this.support.membership()
			.organisation(organisation)
			.orElseThrow(() -> new InvalidInputException("organisationId",
					UserText.of("responses.organisation.unknown", organisation)));
		int count = (int) this.projects.countPortfolio(organisation, year);
		PortfolioConfirmation confirmation = this.confirmations
			.findByRoundIdAndOrganisationId(round.getId(), organisation)
			.orElseGet(() -> new PortfolioConfirmation(round.getId(), organisation));
		boolean again = confirmation.getId() != null;
		confirmation.confirm(viewer.username(), this.support.now(), count, cleanNote);
		this.confirmations.saveAndFlush(confirmation);
		this.support.audit()
			.recordChange(again ? "RECONFIRM" : "CONFIRM", "PortfolioConfirmation", confirmation.getId(),
					Changes.of()
						.set("year", year)
						.set("organisation", member.shortName())
						.set("projects", count)
						.set("note", cleanNote));
		return new PortfolioStatus(member, count, confirmation.toView());
	}

	/**
	 * Every supporting member, and every other organisation that reports projects for the
	 * year, with its project count and confirmation.
	 */
	@Transactional(readOnly = true)
	public ResponseRoundOverview overview(int year) {
		ResponseRound round = get(year);
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] row : this.projects.countPortfolios(year)) {
			counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
		}
		Map<Long, PortfolioConfirmation> confirmed = this.confirmations.findByRoundId(round.getId())
			.stream()
			.collect(Collectors.toMap(PortfolioConfirmation::getOrganisationId, Function.identity()));
		List<PortfolioStatus> members = this.support.membership()
			.organisations()
			.stream()
			.filter((organisation) -> organisation.category().isSupportingMember()
					|| counts.containsKey(organisation.id()) || confirmed.containsKey(organisation.id()))
			.map((organisation) -> new PortfolioStatus(organisation,
					counts.getOrDefault(organisation.id(), 0L).intValue(), view(confirmed.get(organisation.id()))))
			.toList();
		return new ResponseRoundOverview(round.toView(), members);
	}

	/**
	 * How the organisation stands in the round of the year, if there is one.
	 */
	@Transactional(readOnly = true)
	public Optional<PortfolioStatus> statusOf(int year, long organisationId) {
		return this.rounds.findByYear(year)
			.flatMap((round) -> this.support.membership()
				.organisation(organisationId)
				.map((organisation) -> new PortfolioStatus(organisation,
						(int) this.projects.countPortfolio(organisationId, year),
						this.confirmations.findByRoundIdAndOrganisationId(round.getId(), organisationId)
							.map(PortfolioConfirmation::toView)
							.orElse(null))));
	}

	private long confirmingOrganisation(ProjectViewer viewer, @Nullable Long organisationId) {
		if (viewer.role() == Role.SECRETARIAT) {
			if (organisationId == null) {
				throw new InvalidInputException("organisationId", UserText.of("responses.mappingRound.memberRequired"));
			}
			return organisationId;
		}
		if (viewer.role() == Role.PARTNER_FOCAL_POINT && viewer.organisationId() != null
				&& (organisationId == null || organisationId.equals(viewer.organisationId()))) {
			return viewer.organisationId();
		}
		throw new AccessDeniedException(UserText.of("responses.mappingRound.confirmDenied").english());
	}

	private static @Nullable PortfolioConfirmationView view(@Nullable PortfolioConfirmation confirmation) {
		return (confirmation == null) ? null : confirmation.toView();
	}

	private ResponseRound get(int year) {
		return this.rounds.findByYear(year)
			.orElseThrow(() -> new RecordNotFoundException(
					RecordType.of("Response mapping round", "responses.record.round"), year));
	}

	/**
	 * The note of a confirmation, with its check.
	 */
	private record Note(@MaxLength(PortfolioConfirmation.MAX_NOTE) @Nullable String note) {
	}

}
