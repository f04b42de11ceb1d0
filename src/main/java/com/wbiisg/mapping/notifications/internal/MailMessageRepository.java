package com.wbiisg.mapping.notifications.internal;

import java.time.Instant;
import java.util.List;

import com.wbiisg.mapping.notifications.MailState;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

	boolean existsByMessageKey(String messageKey);

	@Query("select m.id from MailMessage m where m.state = com.wbiisg.mapping.notifications.MailState.PENDING "
			+ "and m.nextTryAt <= :now order by m.nextTryAt, m.id")
	List<Long> due(@Param("now") Instant now, Pageable page);

	/**
	 * Takes a pending message for a try, if no other worker took it first: 1 when taken.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update MailMessage m set m.state = com.wbiisg.mapping.notifications.MailState.SENDING, "
			+ "m.sendingSince = :now, m.tries = m.tries + 1 "
			+ "where m.id = :id and m.state = com.wbiisg.mapping.notifications.MailState.PENDING")
	int take(@Param("id") long id, @Param("now") Instant now);

	/**
	 * Messages handed to a mail server before {@code before} whose answer never came (the
	 * node stopped): they go again, with the same Message-ID.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update MailMessage m set m.state = com.wbiisg.mapping.notifications.MailState.PENDING, "
			+ "m.sendingSince = null where m.state = com.wbiisg.mapping.notifications.MailState.SENDING "
			+ "and m.sendingSince < :before")
	int releaseUnanswered(@Param("before") Instant before);

	Page<MailMessage> findAllByOrderByIdDesc(Pageable page);

	Page<MailMessage> findByStateOrderByIdDesc(MailState state, Pageable page);

	List<MailMessage> findByAccountIdAndCreatedAtAfterOrderByCreatedAtDescIdDesc(Long accountId, Instant after);

	@Query("select m.state, count(m) from MailMessage m group by m.state")
	List<Object[]> countByState();

}
