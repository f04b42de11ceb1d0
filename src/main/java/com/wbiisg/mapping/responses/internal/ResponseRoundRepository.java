package com.wbiisg.mapping.responses.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResponseRoundRepository extends JpaRepository<ResponseRound, Long> {

	Optional<ResponseRound> findByYear(int year);

	List<ResponseRound> findAllByOrderByYearDesc();

}
