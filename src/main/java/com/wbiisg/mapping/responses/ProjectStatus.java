package com.wbiisg.mapping.responses;

/**
 * The IATI ActivityStatus code list.
 */
public enum ProjectStatus {

	PIPELINE("1"), IMPLEMENTATION("2"), FINALISATION("3"), CLOSED("4"), CANCELLED("5"), SUSPENDED("6");

	private final String iatiCode;

	ProjectStatus(String iatiCode) {
		this.iatiCode = iatiCode;
	}

	public String iatiCode() {
		return this.iatiCode;
	}

}
