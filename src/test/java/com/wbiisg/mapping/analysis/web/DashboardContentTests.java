package com.wbiisg.mapping.analysis.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardContentTests {

	@Test
	void theContentLosesTheTemplatesIndentationButNotItsText() {
		String html = "<tr>\n\t\t\t<td>EC</td>\n\t\t\t<td>PRE</td>\n\t\t</tr>\n\t\t<p>Mapped  funding <b>EUR</b> 1</p>";

		assertThat(DashboardContent.compact(html))
			.isEqualTo("<tr>\n<td>EC</td>\n<td>PRE</td>\n</tr>\n<p>Mapped  funding <b>EUR</b> 1</p>");
	}

}
