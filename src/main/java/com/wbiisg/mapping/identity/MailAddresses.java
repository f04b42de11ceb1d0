package com.wbiisg.mapping.identity;

import java.util.Optional;

/**
 * The e-mail addresses of accounts, for the mail the platform sends and for nothing else:
 * {@link AccountDirectory} keeps them out of what other modules show.
 */
public interface MailAddresses {

	/**
	 * The account's address, enabled or not, if the account exists.
	 */
	Optional<MailRecipient> of(long accountId);

}
