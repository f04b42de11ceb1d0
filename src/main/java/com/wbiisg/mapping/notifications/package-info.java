/**
 * What the platform tells its members by mail: each message is written to an outbox in
 * the transaction of the change that causes it and sent by a worker with retries, so that
 * a mail server that is down loses nothing and a restart sends nothing twice. The
 * Secretariat sees the outbox; each member sees the messages addressed to them.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "identity", "membership", "needs", "responses", "web" })
package com.wbiisg.mapping.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
