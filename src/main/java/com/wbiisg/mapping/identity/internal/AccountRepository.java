package com.wbiisg.mapping.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsernameIgnoreCase(String username);

	Optional<Account> findByEmailIgnoreCase(String email);

	List<Account> findAllByOrderByUsernameAsc();

}
