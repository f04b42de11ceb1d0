package com.wbiisg.mapping.exchange;

import com.wbiisg.mapping.needs.CycleView;
import org.jspecify.annotations.Nullable;

/**
 * What a downloaded needs template is for, checked: the cycle, the partner and the
 * pillar.
 *
 * @param cycle the open cycle whose needs the template brings
 * @param partner the code of the partner whose needs they are
 * @param pillar the code of the pillar whose measures it offers, or {@code null} for all
 */
public record NeedsTemplateRequest(CycleView cycle, String partner, @Nullable String pillar) {

	/**
	 * The name the template is downloaded under.
	 */
	public String fileName() {
		return "needs-" + this.partner + "-cycle-" + this.cycle.id() + ((this.pillar == null) ? "" : "-" + this.pillar)
				+ ".xlsx";
	}

}
