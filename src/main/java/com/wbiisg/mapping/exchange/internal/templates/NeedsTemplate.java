package com.wbiisg.mapping.exchange.internal.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.wbiisg.mapping.exchange.NeedsTemplateRequest;
import com.wbiisg.mapping.exchange.internal.ExchangeProperties;
import com.wbiisg.mapping.framework.FrameworkSummary;
import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import com.wbiisg.mapping.membership.Membership;
import com.wbiisg.mapping.membership.Partner;
import com.wbiisg.mapping.needs.CycleStatus;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.Cycles;
import com.wbiisg.mapping.needs.NeedImports;
import com.wbiisg.mapping.needs.NeedView;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The needs template of an open cycle for one partner, optionally of one pillar: every
 * measure of the cycle's framework with the partner's needs under it, an empty row per
 * measure and more empty rows at the end, drop-down lists for the fixed choices, and the
 * cycle, partner and framework recorded in the file's properties.
 */
@Service
public class NeedsTemplate {

	private final Cycles cycles;

	private final Frameworks frameworks;

	private final Membership membership;

	private final NeedImports needs;

	private final ExchangeProperties properties;

	NeedsTemplate(Cycles cycles, Frameworks frameworks, Membership membership, NeedImports needs,
			ExchangeProperties properties) {
		this.cycles = cycles;
		this.frameworks = frameworks;
		this.membership = membership;
		this.needs = needs;
		this.properties = properties;
	}

	/**
	 * Checks who asks for which template.
	 * @throws AccessDeniedException unless the user is the Secretariat or the focal point
	 * of the partner
	 * @throws InvalidInputException when the cycle or partner is missing or unknown
	 * @throws ConflictException when the cycle is closed
	 */
	public NeedsTemplateRequest request(@Nullable Long cycleId, @Nullable String partnerCode, @Nullable String pillar) {
		CurrentUser user = CurrentUser.get()
			.orElseThrow(() -> new AccessDeniedException(UserText.of("exchange.signInFirst").english()));
		String partner = (partnerCode == null || partnerCode.isBlank()) ? user.partnerCode()
				: partnerCode.trim().toUpperCase(Locale.ROOT);
		boolean allowed = user.is(Role.SECRETARIAT) || (user.is(Role.BENEFICIARY_FOCAL_POINT)
				&& (partner == null || (partner.equals(user.partnerCode()) && !Partner.REGIONAL.equals(partner))));
		if (!allowed) {
			throw new AccessDeniedException(UserText.of("exchange.template.needsDenied").english());
		}
		if (cycleId == null) {
			throw new InvalidInputException("cycle", UserText.of("exchange.template.cycleRequired"));
		}
		if (partner == null || this.membership.partner(partner).isEmpty()) {
			throw new InvalidInputException("partner",
					UserText.of("exchange.template.unknownPartner", String.valueOf(partner)));
		}
		CycleView cycle = this.cycles.get(cycleId);
		if (cycle.status() != CycleStatus.OPEN) {
			throw new ConflictException(UserText.of("exchange.template.cycleClosed", cycle.name()));
		}
		String pillarCode = (pillar == null || pillar.isBlank()) ? null : pillar.trim().toUpperCase(Locale.ROOT);
		return new NeedsTemplateRequest(cycle, partner, pillarCode);
	}

	public void write(NeedsTemplateRequest request, OutputStream out) {
		FrameworkTree tree = this.frameworks.tree(request.cycle().frameworkId());
		FrameworkSummary framework = tree.framework();
		Map<String, String> measures = new LinkedHashMap<>();
		for (FrameworkTree.Node node : tree.flatten()) {
			if (node.level() == ItemLevel.MEASURE
					&& (request.pillar() == null || node.code().startsWith(request.pillar() + "."))) {
				measures.put(node.code(), node.title());
			}
		}
		List<NeedView> existing = new ArrayList<>(
				this.needs.needsOf(request.cycle().id(), request.partner(), request.pillar()));
		List<String> order = new ArrayList<>(measures.keySet());
		existing.sort(Comparator.comparingInt((NeedView need) -> order.indexOf(need.measureCode()))
			.thenComparingLong(NeedView::id));
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			NeedsTemplateSheets sheets = new NeedsTemplateSheets(workbook);
			sheets.instructions(request.cycle().name(), partnerName(request.partner()), framework.label());
			sheets.lists(new ArrayList<>(measures.keySet()));
			sheets.needs(measures, existing, this.properties.emptyRows());
			sheets.properties(Map.of(NeedsTemplateLayout.PROPERTY_TEMPLATE, NeedsTemplateLayout.KIND,
					NeedsTemplateLayout.PROPERTY_VERSION, String.valueOf(NeedsTemplateLayout.VERSION),
					NeedsTemplateLayout.PROPERTY_CYCLE, String.valueOf(request.cycle().id()),
					NeedsTemplateLayout.PROPERTY_CYCLE_NAME, request.cycle().name(),
					NeedsTemplateLayout.PROPERTY_PARTNER, request.partner(), NeedsTemplateLayout.PROPERTY_FRAMEWORK,
					String.valueOf(framework.id()), NeedsTemplateLayout.PROPERTY_FRAMEWORK_VERSION,
					String.valueOf(framework.version())));
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String partnerName(String code) {
		return this.membership.partner(code).map(Partner::name).orElse(code);
	}

}
