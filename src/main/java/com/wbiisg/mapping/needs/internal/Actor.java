package com.wbiisg.mapping.needs.internal;

/**
 * How a user stands towards one need: the focal point of its partner, a lead of the
 * working group of its pillar, or the Secretariat. A user may be more than one; anyone
 * else is none.
 */
enum Actor {

	OWNER, PILLAR_LEAD, SECRETARIAT

}
