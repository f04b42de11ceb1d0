package com.wbiisg.mapping.framework.internal;

import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.Initiative;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class FrameworkCatalogue implements Frameworks {

	private final InitiativeRepository initiatives;

	private final FrameworkVersionRepository versions;

	FrameworkCatalogue(InitiativeRepository initiatives, FrameworkVersionRepository versions) {
		this.initiatives = initiatives;
		this.versions = versions;
	}

	@Override
	public List<Initiative> initiatives() {
		return this.initiatives.findAllByOrderBySortOrder().stream().map(InitiativeEntity::toView).toList();
	}

	@Override
	public Optional<Initiative> initiative(String code) {
		return this.initiatives.findById(code).map(InitiativeEntity::toView);
	}

	@Override
	public List<FrameworkSummary> versions(@Nullable String initiative) {
		List<FrameworkVersion> found = (initiative == null)
				? this.versions.findAllByOrderByInitiativeAscCycleDescNumberDesc()
				: this.versions.findByInitiativeOrderByCycleDescNumberDesc(initiative);
		return found.stream().map(FrameworkViews::summary).toList();
	}

	@Override
	public FrameworkSummary version(long id) {
		return this.versions.findById(id)
			.map(FrameworkViews::summary)
			.orElseThrow(() -> new RecordNotFoundException(Frameworks.VERSION, id));
	}

	@Override
	public FrameworkTree tree(long id) {
		return this.versions.findWithItems(id)
			.map(FrameworkViews::tree)
			.orElseThrow(() -> new RecordNotFoundException(Frameworks.VERSION, id));
	}

}
