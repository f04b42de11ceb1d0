/**
 * The IISG calendar: Board, Support Group and national meetings with their agenda,
 * attendance, minutes and decisions (adoptions applied to what they adopt through
 * {@link com.wbiisg.mapping.meetings.DecisionTarget}), action items, milestones,
 * methodologies and key documents, and the iCalendar feeds.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "web", "audit", "identity", "membership", "framework", "needs" })
package com.wbiisg.mapping.meetings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
