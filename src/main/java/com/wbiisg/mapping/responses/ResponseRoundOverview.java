package com.wbiisg.mapping.responses;

import java.util.List;

/**
 * A response mapping round with every member expected to confirm and how each stands.
 */
public record ResponseRoundOverview(ResponseRoundView round, List<PortfolioStatus> members) {

	public long confirmedCount() {
		return this.members.stream().filter(PortfolioStatus::confirmed).count();
	}

}
