package com.wbiisg.mapping.meetings;

/**
 * A record that a decision or an agenda item may name, with the label a person
 * recognises, for the choices of a form.
 */
public record RecordChoice(long id, String label) {
}
