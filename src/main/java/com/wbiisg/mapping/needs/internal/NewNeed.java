package com.wbiisg.mapping.needs.internal;

import java.math.BigDecimal;

import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.needs.NeedStatus;
import org.jspecify.annotations.Nullable;

/**
 * A new draft need, placed and checked.
 */
record NewNeed(long cycleId, String initiative, String measureCode, String partner, NeedContent content) {

	/**
	 * The measure's pillar: its code up to the first dot ({@code PRE} of
	 * {@code PRE.2.1}).
	 */
	String pillar() {
		int dot = this.measureCode.indexOf('.');
		return (dot < 0) ? this.measureCode : this.measureCode.substring(0, dot);
	}

	/**
	 * The measure's objective: its code up to the second dot ({@code PRE.2} of
	 * {@code PRE.2.1}).
	 */
	String objective() {
		int dot = this.measureCode.indexOf('.', this.measureCode.indexOf('.') + 1);
		return (dot < 0) ? this.measureCode : this.measureCode.substring(0, dot);
	}

	@Nullable String references() {
		return this.content.references().isEmpty() ? null : String.join("\n", this.content.references());
	}

	/**
	 * The facts of this need once inserted with that id, as {@link Need#toFact} reads
	 * them back (the cost with the two decimals of its column; the rules allow no more).
	 */
	NeedFact fact(long id) {
		BigDecimal cost = this.content.estimatedCostEur();
		return new NeedFact(id, this.cycleId, this.initiative, pillar(), objective(), this.measureCode, this.partner,
				this.content.title(), this.content.description(), this.content.priority(), NeedStatus.DRAFT,
				this.content.restricted(), (cost == null) ? null : cost.setScale(2));
	}

}
