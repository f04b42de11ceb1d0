package com.wbiisg.mapping.reporting.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of a long list the PDF of a report shows before it ends the list with "… and N
 * more, see the XLSX" ({@code iisg.reporting.pdf.*}); the XLSX always has everything.
 *
 * @param needsPerObjective needs listed under one objective
 * @param needsPerPriority uncovered needs listed under one priority of the gaps
 * @param overlaps needs listed with their overlapping projects
 * @param projects projects listed
 * @param annexNeeds needs in full in the annex
 * @param annexRows rows of the other annex tables (figures by partner and pillar,
 * funding)
 * @param chartBars bars of a chart; the rest are summed in one bar
 */
@ConfigurationProperties("iisg.reporting.pdf")
public record ReportPdfProperties(@DefaultValue("60") int needsPerObjective, @DefaultValue("100") int needsPerPriority,
		@DefaultValue("100") int overlaps, @DefaultValue("200") int projects, @DefaultValue("500") int annexNeeds,
		@DefaultValue("500") int annexRows, @DefaultValue("12") int chartBars) {

	public ReportPdfProperties {
		needsPerObjective = Math.max(1, needsPerObjective);
		needsPerPriority = Math.max(1, needsPerPriority);
		overlaps = Math.max(1, overlaps);
		projects = Math.max(1, projects);
		annexNeeds = Math.max(1, annexNeeds);
		annexRows = Math.max(1, annexRows);
		chartBars = Math.max(2, chartBars);
	}

}
