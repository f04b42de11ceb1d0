package com.wbiisg.mapping.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The analysis of a cycle for modules that keep or publish it, such as the reports,
 * whoever asks: every submitted need counts and appears, restricted ones included. What a
 * reader may then be shown of each need is the needs module's rule
 * ({@code NeedAudience}), for the caller to apply.
 */
public interface CycleAnalysis {

	Figures totals(long cycleId);

	/**
	 * The figures per partner and pillar, keyed "AL|PRE".
	 */
	Map<String, Figures> byPartnerAndPillar(long cycleId);

	/**
	 * Mapped funding per funder (short name), pillar and partner.
	 */
	List<FundingShare> fundingByFunderPillarAndPartner(long cycleId);

	/**
	 * Hands every submitted need of the cycle, with its coverage, to {@code sink}, in the
	 * order of id, read a batch at a time after the last id read (keyset).
	 */
	void forEachNeed(long cycleId, Consumer<AnalysedNeedView> sink);

	/**
	 * Mapped funding of one funder to one pillar and partner.
	 */
	record FundingShare(String funder, String pillar, String partner, BigDecimal amountEur) {
	}

}
