package com.wbiisg.mapping.membership;

import java.util.List;

import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * What the Secretariat enters about a working group; leads are members too.
 */
public record WorkingGroupData(@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_NAME) String name,
		@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_CODE) String initiative,
		@MaxLength(MAX_CODE) @Nullable String pillar, List<Long> leads, List<Long> members) {

	public static final int MAX_NAME = 200;

	/**
	 * The longest initiative or pillar code.
	 */
	public static final int MAX_CODE = 20;

}
