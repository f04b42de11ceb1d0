package com.wbiisg.mapping.responses;

import com.wbiisg.mapping.membership.Organisation;
import org.jspecify.annotations.Nullable;

/**
 * An organisation in a response mapping round: how many projects it reports for the year
 * and its confirmation, if any.
 */
public record PortfolioStatus(Organisation organisation, int projects,
		@Nullable PortfolioConfirmationView confirmation) {

	public boolean confirmed() {
		return this.confirmation != null;
	}

}
