package com.wbiisg.mapping.notifications;

/**
 * Where a message is on its way.
 */
public enum MailState {

	/** Waiting for its next try, or for a mail server to be set. */
	PENDING,

	/** Handed to the mail server, whose answer is not yet in. */
	SENDING,

	/** Accepted by the mail server. */
	SENT,

	/** Refused or not delivered after its last try; the Secretariat may try again. */
	FAILED

}
