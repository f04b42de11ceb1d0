package com.wbiisg.mapping.identity;

import java.util.regex.Pattern;

import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * What the Secretariat enters about an account, checked by {@link AccountManagement}: the
 * length of its texts and the form of the e-mail address by the constraints written here.
 */
public record AccountData(
		@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_DISPLAY_NAME) String displayName,
		@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_EMAIL) @EmailText String email, Role role,
		@Nullable Long organisationId, @Nullable String partnerCode) {

	public static final int MAX_DISPLAY_NAME = 200;

	public static final int MAX_EMAIL = 254;

	/**
	 * What an e-mail address looks like: a name, an at sign and a domain with a dot, no
	 * white space.
	 */
	public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

}
