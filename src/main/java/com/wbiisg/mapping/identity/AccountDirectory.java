package com.wbiisg.mapping.identity;

import java.util.List;
import java.util.Optional;

/**
 * Reads accounts for other modules: the people to choose from, and who an account is when
 * a request carries no session of it (a calendar feed token).
 */
public interface AccountDirectory {

	/**
	 * Every enabled account, by user name.
	 */
	List<AccountSummary> enabledAccounts();

	/**
	 * The account, enabled or not, if it exists.
	 */
	Optional<AccountSummary> account(long id);

}
