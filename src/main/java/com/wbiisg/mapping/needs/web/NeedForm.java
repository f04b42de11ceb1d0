package com.wbiisg.mapping.needs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.wbiisg.mapping.needs.NeedInput;
import com.wbiisg.mapping.needs.NeedType;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.needs.Perspective;
import com.wbiisg.mapping.needs.Priority;
import com.wbiisg.mapping.needs.ReferenceTag;
import com.wbiisg.mapping.needs.Timeframe;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.validation.AmountText;
import com.wbiisg.mapping.shared.validation.CheckOrder;
import com.wbiisg.mapping.shared.validation.DateText;
import com.wbiisg.mapping.shared.validation.EnumText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

/**
 * The need form as the browser sends it: choices, amounts and dates as text, so that a
 * bad value is named next to its field; ticked references plus free references separated
 * by semicolons.
 */
@CheckOrder({ "type", "perspective", "priority", "timeframe", "estimatedCostEur", "timeframeStart", "timeframeEnd" })
record NeedForm(@Nullable Long cycleId, @Nullable String measureCode, @Nullable String partner, @Nullable String title,
		@Nullable String description, @EnumText(NeedType.class) @Nullable String type,
		@EnumText(Perspective.class) @Nullable String perspective, @EnumText(Priority.class) @Nullable String priority,
		@Nullable String institution, @AmountText @Nullable String estimatedCostEur,
		@EnumText(Timeframe.class) @Nullable String timeframe, @DateText @Nullable String timeframeStart,
		@DateText @Nullable String timeframeEnd, @Nullable List<String> references, @Nullable String otherReference,
		@Nullable Boolean restricted, @Nullable Long version) {

	static NeedForm blank(@Nullable Long cycleId, @Nullable String measureCode, @Nullable String partner) {
		return new NeedForm(cycleId, measureCode, partner, null, null, null, null, null, null, null, null, null, null,
				List.of(), null, false, null);
	}

	static NeedForm of(NeedView need) {
		List<String> ticked = need.references().stream().filter(ReferenceTag.names()::contains).toList();
		String other = need.references()
			.stream()
			.filter((reference) -> !ReferenceTag.names().contains(reference))
			.collect(Collectors.joining("; "));
		return new NeedForm(need.cycleId(), need.measureCode(), need.partner(), need.title(), need.description(),
				need.type().name(), need.perspective().name(), need.priority().name(), need.institution(),
				(need.estimatedCostEur() == null) ? null : need.estimatedCostEur().toPlainString(),
				(need.timeframe() == null) ? null : need.timeframe().name(), text(need.timeframeStart()),
				text(need.timeframeEnd()), ticked, other.isEmpty() ? null : other, need.restricted(), need.version());
	}

	/**
	 * The input for the needs module, placed under the given partner.
	 * @throws com.wbiisg.mapping.shared.InvalidInputException naming every field whose
	 * text cannot be read
	 */
	NeedInput toInput(@Nullable String placedPartner) {
		RecordValidation.check(this);
		return new NeedInput(this.cycleId, this.measureCode, placedPartner, this.title, this.description,
				Inputs.enumOf(NeedType.class, this.type), Inputs.enumOf(Perspective.class, this.perspective),
				Inputs.enumOf(Priority.class, this.priority), this.institution, Inputs.amount(this.estimatedCostEur),
				Inputs.enumOf(Timeframe.class, this.timeframe), Inputs.date(this.timeframeStart),
				Inputs.date(this.timeframeEnd), allReferences(), Boolean.TRUE.equals(this.restricted));
	}

	private List<String> allReferences() {
		List<String> all = new ArrayList<>();
		if (this.references != null) {
			all.addAll(this.references);
		}
		if (this.otherReference != null) {
			for (String reference : this.otherReference.split(";")) {
				if (!reference.isBlank()) {
					all.add(reference.trim());
				}
			}
		}
		return all;
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value == null) ? null : value.toString();
	}

}
