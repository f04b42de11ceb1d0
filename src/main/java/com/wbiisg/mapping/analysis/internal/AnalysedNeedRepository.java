package com.wbiisg.mapping.analysis.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AnalysedNeedRepository
		extends JpaRepository<AnalysedNeed, Long>, JpaSpecificationExecutor<AnalysedNeed> {

}
