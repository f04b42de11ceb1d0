package com.wbiisg.mapping.membership;

import java.util.Arrays;
import java.util.Optional;

/**
 * The IATI OrganisationType code list.
 */
public enum IatiOrganisationType {

	GOVERNMENT("10", "Government"), LOCAL_GOVERNMENT("11", "Local Government"),
	OTHER_PUBLIC_SECTOR("15", "Other Public Sector"), INTERNATIONAL_NGO("21", "International NGO"),
	NATIONAL_NGO("22", "National NGO"), REGIONAL_NGO("23", "Regional NGO"),
	PARTNER_COUNTRY_NGO("24", "Partner Country based NGO"),
	PUBLIC_PRIVATE_PARTNERSHIP("30", "Public Private Partnership"), MULTILATERAL("40", "Multilateral"),
	FOUNDATION("60", "Foundation"), PRIVATE_SECTOR("70", "Private Sector"),
	PRIVATE_SECTOR_PROVIDER("71", "Private Sector in Provider Country"),
	PRIVATE_SECTOR_RECIPIENT("72", "Private Sector in Aid Recipient Country"),
	PRIVATE_SECTOR_THIRD("73", "Private Sector in Third Country"), ACADEMIC("80", "Academic, Training and Research"),
	OTHER("90", "Other");

	private final String code;

	private final String label;

	IatiOrganisationType(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	public static Optional<IatiOrganisationType> ofCode(String code) {
		return Arrays.stream(values()).filter((type) -> type.code.equals(code)).findFirst();
	}

}
