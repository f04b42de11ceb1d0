package com.wbiisg.mapping.shared.validation;

import java.time.LocalDate;
import java.util.List;

import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The problems of a record as users read them: in the order its fields are checked, the
 * length of trimmed text, blank text as absent, and messages that are bundle keys with
 * their arguments.
 */
class RecordValidationTests {

	enum Colour {

		DARK_RED, BLUE

	}

	@CheckOrder({ "title", "institution" })
	@Chronological(start = "from", end = "to", message = "{needs.need.endBeforeStart}")
	record Sample(@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(5) @Nullable String title,
			@MaxLength(3) @Nullable String description, @EnumText(Colour.class) @Nullable String colour,
			@DateText @Nullable String on, @AmountText @Nullable String amount,
			@NotNull(message = "{needs.need.typeRequired}") @Nullable Colour type,
			@MaxLength(3) @Nullable String institution,
			@Nullable List<@MaxLength(value = 2, message = "{needs.need.referenceTooLong}") String> tags,
			@Nullable LocalDate from, @Nullable LocalDate to) {

		static Sample valid() {
			return new Sample("Title", null, null, null, null, Colour.BLUE, null, null, null, null);
		}

	}

	record Row(@EnumText(Colour.class) @Nullable String colour, @AmountText @Nullable String amount) {
	}

	record Rows(@Nullable List<@Valid Row> rows, @DateText @Nullable String on) {
	}

	@Test
	void findsNoProblemInAValidRecord() {
		assertThat(RecordValidation.problems(Sample.valid())).isEmpty();
	}

	@Test
	void listsTheProblemsInTheOrderTheFieldsAreChecked() {
		Sample sample = new Sample(null, "abcd", "green", "2021-13-01", "12x", null, "abcd",
				List.of("abc", "ab", "xyz"), LocalDate.of(2021, 5, 1), LocalDate.of(2021, 4, 1));

		assertThat(RecordValidation.problems(sample)).extracting(FieldProblem::field)
			.containsExactly("title", "institution", "description", "colour", "on", "amount", "type", "tags", "tags",
					"to");
		assertThat(RecordValidation.problems(sample)).extracting((problem) -> problem.text().key())
			.containsExactly("shared.field.required", "shared.field.tooLong", "shared.field.tooLong",
					"shared.field.unknownValue", "shared.field.date", "shared.field.amount", "needs.need.typeRequired",
					"needs.need.referenceTooLong", "needs.need.referenceTooLong", "needs.need.endBeforeStart");
	}

	@Test
	void listsTheConstraintsOfOneComponentAsWritten() {
		Sample tooLong = new Sample("abcdef", null, null, null, null, Colour.BLUE, null, null, null, null);

		assertThat(RecordValidation.problems(tooLong))
			.containsExactly(new FieldProblem("title", UserText.of("shared.field.tooLong", 5)));
	}

	@Test
	void countsTheLengthOfTheTrimmedText() {
		Sample padded = new Sample("  abcde  ", " abc ", null, null, null, Colour.BLUE, null, null, null, null);

		assertThat(RecordValidation.problems(padded)).isEmpty();
	}

	@Test
	void takesBlankOptionalTextAsAbsent() {
		Sample blank = new Sample("Title", "     ", " ", " ", "  ", Colour.BLUE, "    ", List.of("   "), null, null);

		assertThat(RecordValidation.problems(blank)).isEmpty();
	}

	@Test
	void asksForRequiredTextOnceWhenItIsBlank() {
		Sample blank = new Sample("   ", null, null, null, null, Colour.BLUE, null, null, null, null);

		assertThat(RecordValidation.problems(blank))
			.containsExactly(new FieldProblem("title", UserText.of("shared.field.required")));
	}

	@Test
	void readsEnumerationsInAnyCaseWithDashesOrSpaces() {
		for (String colour : List.of("dark-red", " Dark Red ", "DARK_RED", "blue")) {
			Sample sample = new Sample("Title", null, colour, null, null, Colour.BLUE, null, null, null, null);
			assertThat(RecordValidation.problems(sample)).as(colour).isEmpty();
		}
	}

	@Test
	void namesTheRejectedValueAndTheAllowedOnes() {
		Sample sample = new Sample("Title", null, " green ", null, null, Colour.BLUE, null, null, null, null);

		FieldProblem problem = RecordValidation.problems(sample).get(0);

		assertThat(problem.text()).isEqualTo(UserText.of("shared.field.unknownValue", "green", "DARK_RED, BLUE"));
		assertThat(problem.message()).isEqualTo("Unknown value green; use one of DARK_RED, BLUE.");
	}

	@Test
	void readsDatesAndAmountsAsTheFormsDo() {
		Sample good = new Sample("Title", null, null, " 2021-03-04 ", "250,000.50", Colour.BLUE, null, null, null,
				null);
		Sample bad = new Sample("Title", null, null, "04.03.2021", "250k", Colour.BLUE, null, null, null, null);

		assertThat(RecordValidation.problems(good)).isEmpty();
		assertThat(RecordValidation.problems(bad)).containsExactly(
				new FieldProblem("on", UserText.of("shared.field.date")),
				new FieldProblem("amount", UserText.of("shared.field.amount")));
	}

	@Test
	void putsTheMessagesIntoWordsWithTheirArguments() {
		Sample sample = new Sample("abcdefg", null, "x", null, null, Colour.BLUE, null, List.of("abc"), null, null);

		assertThat(RecordValidation.problems(sample)).extracting(FieldProblem::message)
			.containsExactly("At most 5 characters.", "Unknown value x; use one of DARK_RED, BLUE.",
					UserText.of("needs.need.referenceTooLong", 2).english())
			.noneMatch((message) -> message.contains("{") || message.contains("needs.need"));
	}

	@Test
	void listsTheProblemsOfNestedRecordsRowByRowUnderTheirComponent() {
		Rows rows = new Rows(List.of(new Row("red", "1x"), new Row("blue", "2"), new Row(null, "3y")), "soon");

		assertThat(RecordValidation.problems(rows)).containsExactly(
				new FieldProblem("rows", UserText.of("shared.field.unknownValue", "red", "DARK_RED, BLUE")),
				new FieldProblem("rows", UserText.of("shared.field.amount")),
				new FieldProblem("rows", UserText.of("shared.field.amount")),
				new FieldProblem("on", UserText.of("shared.field.date")));
	}

	@Test
	void checksOnlyTheNamedComponentsInTheOrderNamed() {
		Sample sample = new Sample(null, "abcd", "green", null, null, null, "abcd", null, null, null);

		assertThat(RecordValidation.problems(sample, "institution", "title")).extracting(FieldProblem::field)
			.containsExactly("institution", "title");
	}

	@Test
	void keepsTheProblemsOfARecordCheckedOnceByComponent() {
		Sample sample = new Sample(null, "abcd", "green", null, null, null, "abcd", List.of("abc", "ab", "xyz"),
				LocalDate.of(2021, 5, 1), LocalDate.of(2021, 4, 1));

		RecordValidation.Checked checked = RecordValidation.checked(sample);

		assertThat(checked.problems("institution", "title", "tags"))
			.isEqualTo(RecordValidation.problems(sample, "institution", "title", "tags"));
		assertThat(checked.problems("to", "from", "on"))
			.containsExactly(new FieldProblem("to", UserText.of("needs.need.endBeforeStart")));
	}

	@Test
	void readsIdsAndSmallNumbersAsDigits() {
		record Ids(@DigitsText(message = "{meetings.chooseFromList}") @Nullable String id,
				@DigitsText(max = 3, message = "{meetings.meeting.numberFormat}") @Nullable String number) {
		}

		assertThat(RecordValidation.problems(new Ids(" 123456789012345678 ", " 999 "))).isEmpty();
		assertThat(RecordValidation.problems(new Ids("  ", null))).isEmpty();
		assertThat(RecordValidation.problems(new Ids("Austria", "1000"))).containsExactly(
				new FieldProblem("id", UserText.of("meetings.chooseFromList")),
				new FieldProblem("number", UserText.of("meetings.meeting.numberFormat")));
	}

	@Test
	void throwsEveryProblemAtOnce() {
		Sample sample = new Sample(null, "abcd", null, null, null, Colour.BLUE, null, null, null, null);

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> RecordValidation.check(sample))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactly("title", "description"));
	}

}
