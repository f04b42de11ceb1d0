package com.wbiisg.mapping.meetings;

import java.util.List;
import java.util.Optional;

/**
 * The records of one kind that an agenda item may point at, such as framework versions or
 * report drafts. A module offers its records with one Spring bean implementing this
 * interface; the meetings module stores the kind and id and asks the source for the label
 * whenever it shows the item, so a reader sees only what it may see.
 */
public interface ReferenceSource {

	ReferenceKind kind();

	/**
	 * The record's label as the current user may see it; empty when the record does not
	 * exist or is hidden from that user.
	 */
	Optional<String> label(long id);

	/**
	 * The address of the record's page.
	 */
	String path(long id);

	/**
	 * The records to choose from on the agenda form; empty when they are too many to
	 * list, and the form asks for an id instead.
	 */
	List<RecordChoice> choices();

}
