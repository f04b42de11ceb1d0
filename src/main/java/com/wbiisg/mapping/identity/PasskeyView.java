package com.wbiisg.mapping.identity;

import java.time.Instant;

/**
 * A passkey of the signed-in user as <em>My account → Passkeys</em> lists it.
 *
 * @param id the credential's id (base64url), which names it in the address of its removal
 * @param label the name the user gave it when adding it
 * @param createdAt when it was added
 * @param lastUsedAt when it last signed in; at first the time it was added
 */
public record PasskeyView(String id, String label, Instant createdAt, Instant lastUsedAt) {

}
