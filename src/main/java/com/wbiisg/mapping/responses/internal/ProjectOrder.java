package com.wbiisg.mapping.responses.internal;

import java.util.Comparator;
import java.util.List;

import com.wbiisg.mapping.membership.Partner;

/**
 * The orders in which a project's partners and pillars are listed everywhere.
 */
final class ProjectOrder {

	/**
	 * The order in which partners are listed everywhere.
	 */
	static final List<String> PARTNER_CODES = List.of("AL", "BA", "XK", "ME", "MK", "RS", Partner.REGIONAL);

	/**
	 * Partners in the order of {@link #PARTNER_CODES}, other codes after them.
	 */
	static final Comparator<String> PARTNERS = Comparator.comparingInt(ProjectOrder::partnerRank);

	/**
	 * The WBCTi pillars in their model's order (Anticipate, Prevent, Protect, Respond),
	 * other codes after them alphabetically.
	 */
	static final Comparator<String> PILLARS = ProjectOrder::pillarOrder;

	private static final List<String> PILLAR_CODES = List.of("ANT", "PRE", "PRO", "RES");

	private ProjectOrder() {
	}

	private static int partnerRank(String code) {
		int rank = PARTNER_CODES.indexOf(code);
		return (rank < 0) ? PARTNER_CODES.size() : rank;
	}

	private static int pillarOrder(String a, String b) {
		int ra = PILLAR_CODES.indexOf(a);
		int rb = PILLAR_CODES.indexOf(b);
		if (ra >= 0 || rb >= 0) {
			return Integer.compare((ra < 0) ? PILLAR_CODES.size() : ra, (rb < 0) ? PILLAR_CODES.size() : rb);
		}
		return a.compareTo(b);
	}

}
