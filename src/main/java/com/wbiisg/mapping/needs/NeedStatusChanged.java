package com.wbiisg.mapping.needs;

import org.jspecify.annotations.Nullable;

/**
 * A need moved in its workflow (submitted, withdrawn, validated, returned or adopted).
 */
public record NeedStatusChanged(long needId, long cycleId, String partner, NeedAction action, NeedStatus from,
		NeedStatus to, String by, @Nullable String reason) {
}
