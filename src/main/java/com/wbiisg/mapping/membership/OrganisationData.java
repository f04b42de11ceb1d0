package com.wbiisg.mapping.membership;

import java.time.LocalDate;

import com.wbiisg.mapping.shared.validation.CheckOrder;
import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * What the Secretariat enters about an organisation, checked by
 * {@link MembershipRegistry}: its fields by the constraints written here, the names and
 * codes that must be unique or known by the registry.
 */
@CheckOrder({ "name", "shortName", "iatiIdentifier", "partnerCode", "joinedBy" })
public record OrganisationData(@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_NAME) String name,
		@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_SHORT_NAME) String shortName,
		@NotNull(message = "{membership.organisation.typeRequired}") IatiOrganisationType type,
		@MaxLength(MAX_IATI_IDENTIFIER) @Nullable String iatiIdentifier,
		@NotNull(message = "{membership.organisation.categoryRequired}") MemberCategory category,
		@MaxLength(MAX_PARTNER_CODE) @Nullable String partnerCode, @Nullable LocalDate joinedOn,
		@MaxLength(MAX_JOINED_BY) @Nullable String joinedBy) {

	public static final int MAX_NAME = 200;

	public static final int MAX_SHORT_NAME = 30;

	public static final int MAX_IATI_IDENTIFIER = 100;

	public static final int MAX_PARTNER_CODE = 10;

	public static final int MAX_JOINED_BY = 300;

}
