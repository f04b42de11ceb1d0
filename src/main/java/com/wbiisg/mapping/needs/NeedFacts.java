package com.wbiisg.mapping.needs;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The facts of needs for modules that aggregate or index them (analysis, search),
 * regardless of who asks. What a user may then be shown of each need is
 * {@link NeedAudience}'s rule.
 */
public interface NeedFacts {

	Optional<NeedFact> fact(long needId);

	/**
	 * The facts of those of the needs that exist, in id order.
	 */
	List<NeedFact> facts(Collection<Long> needIds);

	/**
	 * The needs with ids above {@code afterId}, in id order, at most {@code limit}: for
	 * reading every need a batch at a time.
	 */
	List<NeedFact> batchAfter(long afterId, int limit);

	long count();

	/**
	 * The rule of who may see which need, for the signed-in user.
	 */
	NeedAudience audienceOfCurrentUser();

}
