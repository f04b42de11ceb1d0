package com.wbiisg.mapping.framework;

import com.wbiisg.mapping.shared.validation.MaxLength;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * The texts of a framework item as the Secretariat enters them on a page or sends them
 * from a script, with their checks; the parent and the code of a pillar, which must be
 * known or free in the version, are checked where its items are.
 */
public record ItemInput(
		@NotBlank(message = "{framework.item.titleRequired}") @MaxLength(value = MAX_TITLE,
				message = "{framework.item.titleTooLong}") @Nullable String title,
		@MaxLength(value = MAX_DESCRIPTION,
				message = "{framework.item.descriptionTooLong}") @Nullable String description,
		@MaxLength(value = MAX_REFERENCE, message = "{framework.item.referenceTooLong}") @Nullable String reference) {

	public static final int MAX_TITLE = 300;

	public static final int MAX_DESCRIPTION = 4000;

	public static final int MAX_REFERENCE = 200;

}
