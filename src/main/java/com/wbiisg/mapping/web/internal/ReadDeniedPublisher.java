package com.wbiisg.mapping.web.internal;

import com.wbiisg.mapping.shared.HiddenRecordException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.web.ReadDenied;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the audit trail about a 404 that hides a record, for the page and the API error
 * handlers alike. It changes nothing in the answer.
 */
@Component
class ReadDeniedPublisher {

	/**
	 * The longest address kept: the query is the client's, of any length.
	 */
	private static final int MAX_ADDRESS = 500;

	private final ApplicationEventPublisher events;

	ReadDeniedPublisher(ApplicationEventPublisher events) {
		this.events = events;
	}

	void answeredNotFound(RecordNotFoundException ex, HttpServletRequest request) {
		if (ex instanceof HiddenRecordException hidden) {
			this.events.publishEvent(
					new ReadDenied(request.getRemoteUser(), hidden.hiddenType(), hidden.hiddenId(), address(request)));
		}
	}

	private static String address(HttpServletRequest request) {
		String address = request.getMethod() + " " + request.getRequestURI()
				+ ((request.getQueryString() == null) ? "" : "?" + request.getQueryString());
		return (address.length() <= MAX_ADDRESS) ? address : address.substring(0, MAX_ADDRESS) + "\u2026";
	}

}
