package com.wbiisg.mapping.needs;

import java.time.LocalDate;
import java.util.List;

import com.wbiisg.mapping.needs.internal.CycleAdministration;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The needs mapping cycles as the cycle pages and the API use them: listing them, and the
 * Secretariat opening, closing and reopening them. The rules, the access checks and the
 * audit are those of the cycle administration this delegates to.
 */
@Service
public class CycleManagement {

	private final CycleAdministration administration;

	CycleManagement(CycleAdministration administration) {
		this.administration = administration;
	}

	/**
	 * Every cycle, newest first.
	 */
	public List<CycleView> list() {
		return this.administration.list();
	}

	/**
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when there is no such
	 * cycle
	 */
	public CycleView get(long id) {
		return this.administration.get(id);
	}

	/**
	 * Opens a cycle on an adopted framework version; its name is the initiative and the
	 * version's cycle, such as "WBCTi 2021–2022", unless one is given.
	 * @throws com.wbiisg.mapping.shared.InvalidInputException naming every field that is
	 * wrong
	 */
	public CycleView open(@Nullable Long frameworkId, @Nullable String name, @Nullable LocalDate opensOn,
			@Nullable LocalDate closesOn) {
		return this.administration.open(frameworkId, name, opensOn, closesOn);
	}

	public CycleView close(long id) {
		return this.administration.close(id);
	}

	public CycleView reopen(long id) {
		return this.administration.reopen(id);
	}

}
