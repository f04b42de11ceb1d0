package com.wbiisg.mapping.responses;

import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.responses.internal.ResponseRounds;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The annual response mapping rounds as the round pages, the portfolio page and the API
 * use them: the Secretariat opens, closes and reopens a reporting year, members confirm
 * their portfolios, and the Secretariat and the Board see who has confirmed. The rules,
 * the access checks and the audit are those of the rounds this delegates to.
 */
@Service
public class ResponseRoundManagement {

	private final ResponseRounds rounds;

	ResponseRoundManagement(ResponseRounds rounds) {
		this.rounds = rounds;
	}

	/**
	 * Every round, newest year first.
	 */
	public List<ResponseRoundView> list() {
		return this.rounds.list();
	}

	/**
	 * Opens the round of a reporting year.
	 * @throws com.wbiisg.mapping.shared.InvalidInputException when the year is missing,
	 * out of range or has a round already
	 */
	public ResponseRoundView open(@Nullable Integer year) {
		return this.rounds.open(year);
	}

	public ResponseRoundView close(int year) {
		return this.rounds.close(year);
	}

	public ResponseRoundView reopen(int year) {
		return this.rounds.reopen(year);
	}

	/**
	 * Confirms the portfolio of an organisation for the year: a partner focal point its
	 * own organisation's, the Secretariat any member's on its behalf.
	 */
	public PortfolioStatus confirm(int year, @Nullable Long organisationId, @Nullable String note) {
		return this.rounds.confirm(year, organisationId, note);
	}

	/**
	 * The round of the year with every supporting member, and every other organisation
	 * that reports projects for the year, with its project count and confirmation.
	 */
	public ResponseRoundOverview overview(int year) {
		return this.rounds.overview(year);
	}

	/**
	 * How the organisation stands in the round of the year, if there is one.
	 */
	public Optional<PortfolioStatus> statusOf(int year, long organisationId) {
		return this.rounds.statusOf(year, organisationId);
	}

}
