package com.wbiisg.mapping.needs.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.needs.NeedAudience;
import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.needs.NeedFacts;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class NeedFactsCatalogue implements NeedFacts {

	private final NeedRepository needs;

	private final Viewers viewers;

	NeedFactsCatalogue(NeedRepository needs, Viewers viewers) {
		this.needs = needs;
		this.viewers = viewers;
	}

	@Override
	public Optional<NeedFact> fact(long needId) {
		return this.needs.findById(needId).map(Need::toFact);
	}

	@Override
	public List<NeedFact> facts(Collection<Long> needIds) {
		List<Long> ids = List.copyOf(needIds);
		List<NeedFact> facts = new ArrayList<>(ids.size());
		for (int from = 0; from < ids.size(); from += 1000) {
			facts.addAll(this.needs.findFactsByIdIn(ids.subList(from, Math.min(from + 1000, ids.size()))));
		}
		facts.sort(Comparator.comparingLong(NeedFact::id));
		return facts;
	}

	@Override
	public List<NeedFact> batchAfter(long afterId, int limit) {
		return this.needs.findByIdGreaterThanOrderByIdAsc(afterId, Limit.of(limit)).stream().map(Need::toFact).toList();
	}

	@Override
	public long count() {
		return this.needs.count();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public NeedAudience audienceOfCurrentUser() {
		return this.viewers.current().audience();
	}

}
