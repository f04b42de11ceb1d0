package com.wbiisg.mapping.consultation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentRepository extends JpaRepository<Comment, Long> {

	List<Comment> findByTargetTypeAndTargetIdOrderByCreatedAtAscIdAsc(String targetType, String targetId);

}
