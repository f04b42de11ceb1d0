package com.wbiisg.mapping.identity;

import java.util.List;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The check of an account's e-mail address: a name, an at sign and a domain with a dot,
 * no white space, after its length.
 */
class AccountDataTests {

	@Test
	void acceptsAddressesWithADotInTheirDomain() {
		for (String email : List.of("focal@example.org", " Name.Surname+mk@gov.mk ", "a@b.c")) {
			assertThat(RecordValidation.problems(account(email))).as(email).isEmpty();
		}
	}

	@Test
	void refusesWhatIsNoAddress() {
		for (String email : List.of("focal", "focal@example", "@example.org", "focal@", "fo cal@example.org",
				"focal@@example.org")) {
			assertThat(RecordValidation.problems(account(email))).as(email)
				.extracting(FieldProblem::field, FieldProblem::message)
				.containsExactly(tuple("email", "Enter an e-mail address such as name@example.org."));
		}
	}

	@Test
	void tellsAnAddressAtItsLimitFromOneOver() {
		String domain = "@example.org";
		String atLimit = "n".repeat(AccountData.MAX_EMAIL - domain.length()) + domain;

		assertThat(RecordValidation.problems(account(atLimit))).isEmpty();
		assertThat(RecordValidation.problems(account("n" + atLimit))).extracting(FieldProblem::message)
			.containsExactly("At most 254 characters.");
	}

	@Test
	void tellsTheLengthOfAnAddressBeforeItsForm() {
		assertThat(RecordValidation.problems(account("n".repeat(255)))).extracting(FieldProblem::message)
			.containsExactly("At most 254 characters.", "Enter an e-mail address such as name@example.org.");
	}

	private static AccountData account(String email) {
		return new AccountData("Focal point", email, Role.BOARD, null, null);
	}

}
