package com.wbiisg.mapping.responses;

/**
 * The IATI OrganisationRole code list: how an organisation takes part in a project.
 */
public enum OrganisationRole {

	FUNDING("1"), ACCOUNTABLE("2"), EXTENDING("3"), IMPLEMENTING("4");

	private final String iatiCode;

	OrganisationRole(String iatiCode) {
		this.iatiCode = iatiCode;
	}

	public String iatiCode() {
		return this.iatiCode;
	}

}
