package com.wbiisg.mapping.framework;

import org.jspecify.annotations.Nullable;

/**
 * A new draft version as the Secretariat asks for it: the initiative, the cycle, and
 * optionally the version it starts as a copy of. The check of the cycle's text is written
 * here; the initiative and the version copied must be known.
 */
public record DraftInput(@Nullable String initiative, @CycleText @Nullable String cycle, @Nullable Long copyOf) {

}
