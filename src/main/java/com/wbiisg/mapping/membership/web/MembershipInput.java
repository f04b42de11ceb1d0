package com.wbiisg.mapping.membership.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.wbiisg.mapping.membership.IatiOrganisationType;
import com.wbiisg.mapping.membership.MemberCategory;
import com.wbiisg.mapping.membership.OrganisationData;
import com.wbiisg.mapping.membership.WorkingGroupData;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.DateText;
import com.wbiisg.mapping.shared.validation.EnumText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

/**
 * Turns the text that a form or a script sends into membership data. Pages and the API
 * share it so that both read codes the same way, and a value that cannot be read answers
 * 422 naming its field instead of a binding error (400) that names nothing the user
 * typed.
 */
public final class MembershipInput {

	private MembershipInput() {
	}

	/**
	 * Organisation data for {@code MembershipRegistry}; blank type or category stay null
	 * so that the registry reports them together with its own checks.
	 */
	public static OrganisationData organisation(@Nullable String name, @Nullable String shortName,
			@Nullable String type, @Nullable String iatiIdentifier, @Nullable String category,
			@Nullable String partnerCode, @Nullable String joinedOn, @Nullable String joinedBy) {
		RecordValidation.check(new OrganisationText(type, category, joinedOn));
		IatiOrganisationType iatiType = type(type);
		MemberCategory memberCategory = Inputs.enumOf(MemberCategory.class, category);
		LocalDate joined = Inputs.date(joinedOn);
		String partner = isBlank(partnerCode) ? null : partnerCode.trim().toUpperCase(Locale.ROOT);
		return new OrganisationData(name, shortName, iatiType, iatiIdentifier, memberCategory, partner, joined,
				joinedBy);
	}

	/**
	 * Working group data; the initiative is matched to its code in any case, pillar codes
	 * are upper case like every framework code.
	 */
	public static WorkingGroupData workingGroup(@Nullable String name, @Nullable String initiative,
			List<String> initiativeCodes, @Nullable String pillar, @Nullable List<?> leads, @Nullable List<?> members) {
		List<FieldProblem> problems = new ArrayList<>();
		List<Long> leadIds = ids(problems, "leads", leads);
		List<Long> memberIds = ids(problems, "members", members);
		InvalidInputException.throwIfAny(problems);
		String code = isBlank(initiative) ? null
				: initiativeCodes.stream()
					.filter((known) -> known.equalsIgnoreCase(initiative.trim()))
					.findFirst()
					.orElse(initiative.trim());
		String pillarCode = isBlank(pillar) ? null : pillar.trim().toUpperCase(Locale.ROOT);
		return new WorkingGroupData(name, code, pillarCode, leadIds, memberIds);
	}

	/**
	 * A member category in any case, or null when blank.
	 * @throws com.wbiisg.mapping.shared.InvalidInputException when it is no category
	 */
	public static @Nullable MemberCategory category(String field, @Nullable String value) {
		return Inputs.enumValue(field, value, MemberCategory.class);
	}

	/**
	 * The type a script names by its name in any case or by the IATI code itself ("10");
	 * null when it is blank or names none.
	 */
	static @Nullable IatiOrganisationType type(@Nullable String value) {
		if (isBlank(value)) {
			return null;
		}
		String wanted = value.trim();
		for (IatiOrganisationType type : IatiOrganisationType.values()) {
			if (type.name().equalsIgnoreCase(wanted)) {
				return type;
			}
		}
		return IatiOrganisationType.ofCode(wanted).orElse(null);
	}

	/**
	 * Organisation ids from checkboxes (text) or JSON (numbers); whether they exist is
	 * the registry's check.
	 */
	private static List<Long> ids(List<FieldProblem> problems, String field, @Nullable List<?> values) {
		List<Long> ids = new ArrayList<>();
		if (values == null) {
			return ids;
		}
		for (Object value : values) {
			if (value instanceof Number number) {
				ids.add(number.longValue());
				continue;
			}
			String text = (value == null) ? "" : value.toString().trim();
			if (text.isEmpty()) {
				continue;
			}
			try {
				ids.add(Long.parseLong(text));
			}
			catch (NumberFormatException ex) {
				problems.add(new FieldProblem(field, UserText.of("membership.organisation.unknown", text)));
			}
		}
		return ids;
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	/**
	 * The codes and the date of an organisation as typed, with their checks.
	 */
	private record OrganisationText(@IatiTypeText @Nullable String type,
			@EnumText(MemberCategory.class) @Nullable String category, @DateText @Nullable String joinedOn) {
	}

}
