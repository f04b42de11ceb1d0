package com.wbiisg.mapping.membership.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkingGroupRepository extends JpaRepository<WorkingGroupEntity, Long> {

	List<WorkingGroupEntity> findAllByOrderByNameAsc();

}
