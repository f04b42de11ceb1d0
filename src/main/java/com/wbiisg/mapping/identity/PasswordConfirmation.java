package com.wbiisg.mapping.identity;

/**
 * What a try to confirm one's password before a sensitive action came to: confirmed,
 * wrong, or wrong too often, and the session signed out.
 */
public enum PasswordConfirmation {

	CONFIRMED, WRONG, SIGNED_OUT

}
