package com.wbiisg.mapping.analysis.internal;

/**
 * How much each kind of agreement between a need and a project adds to the match of their
 * texts, in units of one shared word of average weight (so the boosts keep their meaning
 * whether a hundred or a hundred thousand documents are indexed): same partner, a
 * regional project (which benefits every partner), same pillar, overlapping years, a
 * project already linked to needs of the same measure. {@code title} is how much a word
 * found in the title counts on top of finding it in the text.
 */
public record RankingWeights(double partner, double regional, double pillar, double period, double measure,
		double title) {

	/**
	 * The weights of the suggestions: all agreements together are worth about two words,
	 * so the texts lead and the agreements order the projects or needs whose texts match
	 * alike. Larger boosts let a project that shares only a common word with a need but
	 * is linked to another need of its measure outrank one about the same subject; the
	 * demo data ranks the linked projects of every linked need first either way (see
	 * SuggestionQualityIntegrationTests).
	 */
	public static final RankingWeights DEFAULT = new RankingWeights(0.6, 0.3, 0.4, 0.2, 0.8, 0.5);

	/**
	 * These weights without the measure signal: what the texts, partners, pillars and
	 * periods alone achieve, as for a measure no project addresses yet.
	 */
	public RankingWeights withoutMeasures() {
		return new RankingWeights(this.partner, this.regional, this.pillar, this.period, 0, this.title);
	}

}
