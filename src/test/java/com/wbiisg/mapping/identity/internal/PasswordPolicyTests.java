package com.wbiisg.mapping.identity.internal;

import java.util.ArrayList;
import java.util.List;

import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	/**
	 * Uncommon words, cut to the length a test needs.
	 */
	static final String WORDS = "granite meadow violin harbour beacon pebble willow compass lantern orchard plum "
			+ "cinnamon tractor velvet quarry whistle saffron jigsaw nimbus";

	static String passphrase(int length) {
		return WORDS.substring(0, length);
	}

	@Test
	void refusesRepeatedCharacters() {
		assertThat(problem("aaaaaaaaaaaa", "someone", null)).isEqualTo("identity.password.guessable.repeats");
	}

	@Test
	void refusesACommonPasswordOfTwelveCharacters() {
		assertThat(problem("password1234", "someone", null)).isEqualTo("identity.password.common");
		assertThat(problem("correct horse battery staple", "someone", null)).isEqualTo("identity.password.common");
	}

	@Test
	void refusesAPasswordContainingTheUserName() {
		assertThat(problem("Zebra-Quilt-AnaTest-9", "anatest", null)).isEqualTo("identity.password.containsUsername");
	}

	@Test
	void refusesAPasswordContainingTheEmailOrItsLocalPart() {
		assertThat(problem("Zebra-Quilt-Petrovic-9", "ana", "petrovic@example.org"))
			.isEqualTo("identity.password.containsEmail");
		assertThat(problem("petrovic@example.org!", "ana", "Petrovic@Example.org"))
			.isEqualTo("identity.password.containsEmail");
	}

	@Test
	void acceptsALongPassphraseAndAnyCharacters() {
		assertThat(problem("violin harbour pebble cinnamon", "someone", "some.one@example.org")).isNull();
		assertThat(problem("Жаба у бари пева ноћу 7", "someone", null)).isNull();
	}

	@Test
	void acceptsOneHundredTwentyEightCharactersAndRefusesOneMore() {
		assertThat(problem(passphrase(128), "someone", null)).isNull();
		assertThat(problem(passphrase(129), "someone", null)).isEqualTo("identity.password.tooLong");
		assertThat(problem("violin-harb", "someone", null)).isEqualTo("identity.password.tooShort");
	}

	@Test
	void checksAPasswordInMillisecondsOnceTheEstimatorIsBuilt() {
		long build = System.nanoTime();
		problem("Warm-Up-Estimator-Once-42", "someone", null);
		long built = System.nanoTime();
		for (int i = 0; i < 20; i++) {
			problem("Granite-Meadow-Violin-" + i, "someone", null);
		}
		long checked = System.nanoTime();
		long perCheckMillis = (checked - built) / 20 / 1_000_000;
		System.out.printf("password estimator: first use %d ms, one check %d ms on average%n",
				(built - build) / 1_000_000, perCheckMillis);
		assertThat(perCheckMillis).isLessThan(200);
	}

	private static String problem(String password, String username, String email) {
		List<FieldProblem> problems = new ArrayList<>();
		PasswordPolicy.check(problems, "password", password, username, email);
		assertThat(problems).hasSizeLessThanOrEqualTo(1).allMatch((p) -> p.field().equals("password"));
		return problems.isEmpty() ? null : problems.get(0).text().key();
	}

}
