package com.wbiisg.mapping.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.wbiisg.mapping.analysis.AnalysedNeedView;
import com.wbiisg.mapping.analysis.AnalysisFilter;
import com.wbiisg.mapping.analysis.AnalysisQueries;
import com.wbiisg.mapping.analysis.CycleAnalysis;
import com.wbiisg.mapping.analysis.Figures;
import com.wbiisg.mapping.needs.NeedAudience;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CycleAnalysisCatalogue implements CycleAnalysis {

	private static final int BATCH = 1000;

	private final CoverageRepository coverage;

	private final AnalysedNeedRepository analysed;

	private final AnalysisQueries queries;

	private final AnalysedNeedSessionRepository session;

	CycleAnalysisCatalogue(CoverageRepository coverage, AnalysedNeedRepository analysed, AnalysisQueries queries,
			AnalysedNeedSessionRepository session) {
		this.coverage = coverage;
		this.analysed = analysed;
		this.queries = queries;
		this.session = session;
	}

	@Override
	public Figures totals(long cycleId) {
		return this.coverage.figures(AnalysisFilter.ofCycle(cycleId), List.of())
			.values()
			.stream()
			.findFirst()
			.orElse(Figures.NONE);
	}

	@Override
	public Map<String, Figures> byPartnerAndPillar(long cycleId) {
		return this.queries.coverage(AnalysisFilter.ofCycle(cycleId), "partner,pillar").byKey();
	}

	@Override
	public List<FundingShare> fundingByFunderPillarAndPartner(long cycleId) {
		List<FundingShare> shares = new ArrayList<>();
		for (AnalysisQueries.FundingRow row : this.queries
			.funding(AnalysisFilter.ofCycle(cycleId), "funder,pillar,partner")
			.rows()) {
			shares.add(new FundingShare(row.keys().get("funder"), row.keys().get("pillar"), row.keys().get("partner"),
					row.amountEur()));
		}
		return shares;
	}

	@Override
	public void forEachNeed(long cycleId, Consumer<AnalysedNeedView> sink) {
		Specification<AnalysedNeed> submitted = (root, query, cb) -> cb.and(new Predicate[] {
				cb.equal(root.get("cycleId"), cycleId), root.get("status").in(NeedAudience.UNSUBMITTED).not() });
		// Ordered as the index on (cycle, need) is, so that each batch reads on from the
		// last.
		long last = Long.MIN_VALUE;
		List<AnalysedNeed> batch;
		do {
			long after = last;
			batch = this.analysed.findBy(submitted.and((root, query, cb) -> cb.greaterThan(root.get("needId"), after)),
					(query) -> query.sortBy(Sort.by("cycleId", "needId")).limit(BATCH).all());
			for (AnalysedNeed need : batch) {
				sink.accept(need.toView());
				last = need.getNeedId();
			}
			// Handed on as views: a read-only reading lets go of the batch, so that a
			// report of a large cycle does not keep every analysed need until it ends.
			this.session.forgetRead(batch);
		}
		while (batch.size() == BATCH);
	}

}
