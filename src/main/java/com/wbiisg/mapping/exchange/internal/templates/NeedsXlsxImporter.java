package com.wbiisg.mapping.exchange.internal.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.wbiisg.mapping.exchange.ImportError;
import com.wbiisg.mapping.exchange.ImportItem;
import com.wbiisg.mapping.exchange.ImportPreview;
import com.wbiisg.mapping.exchange.ImportResult;
import com.wbiisg.mapping.exchange.internal.ExchangeProperties;
import com.wbiisg.mapping.exchange.internal.ImportFile;
import com.wbiisg.mapping.exchange.internal.ImportProgress;
import com.wbiisg.mapping.exchange.internal.ImportRejected;
import com.wbiisg.mapping.exchange.internal.Importer;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.Cycles;
import com.wbiisg.mapping.needs.NeedImportBatch;
import com.wbiisg.mapping.needs.NeedImportCheck.Outcome;
import com.wbiisg.mapping.needs.NeedImportCheck;
import com.wbiisg.mapping.needs.NeedImports;
import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.UserText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Imports a filled needs template ({@code needs-xlsx}): checks the file, that it is a
 * template of this version for the cycle and partner it claims (and that the upload
 * names, if any), reads the needs sheet as a stream and lets the needs module check and
 * apply every row. The preview counts every row, lists every error and the first
 * {@value #LISTED_ROWS} rows. One error anywhere refuses the whole file at confirmation.
 * What the preview read is kept for the confirmation ({@link PreviewedReads}), which
 * still checks the file, its placement and every row against the current data again.
 */
@Component
class NeedsXlsxImporter implements Importer {

	private static final Logger log = LoggerFactory.getLogger(NeedsXlsxImporter.class);

	static final String KIND = "needs-xlsx";

	/**
	 * How many rows the preview lists one by one, the first of the file: as many as its
	 * page shows. The counts cover every row and the errors name every cell; a list of
	 * 50,000 rows made the preview 6 MB, which every poll of the job read and sent again.
	 */
	static final int LISTED_ROWS = 500;

	private final XlsxGuard guard;

	private final NeedImports needs;

	private final Cycles cycles;

	private final ExchangeProperties properties;

	private final PreviewedReads<Sheet> previewed;

	NeedsXlsxImporter(XlsxGuard guard, NeedImports needs, Cycles cycles, ExchangeProperties properties) {
		this.guard = guard;
		this.needs = needs;
		this.cycles = cycles;
		this.properties = properties;
		this.previewed = new PreviewedReads<>(properties.keptPreviews());
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public ImportPreview preview(ImportFile file, ImportProgress progress) {
		long started = System.nanoTime();
		this.guard.check(file.path(), file.originalName());
		String digest = PreviewedReads.digest(file.path());
		Read read = read(file, progress);
		long readAt = System.nanoTime();
		NeedImportCheck check = guarded(file, () -> this.needs.check(read.batch()));
		this.previewed.keep(file.path(), digest, read.sheet(), read.reader().estimatedSize());
		log.debug("Previewed {} rows of {}: read in {} ms, checked in {} ms", read.batch().rows().size(),
				file.originalName(), (readAt - started) / 1_000_000, (System.nanoTime() - readAt) / 1_000_000);
		progress.update(90);
		List<ImportError> errors = new ArrayList<>(read.reader().errors());
		List<ImportItem> items = new ArrayList<>();
		int[] counts = new int[4];
		for (int i = 0; i < check.rows().size(); i++) {
			NeedImportCheck.RowResult result = check.rows().get(i);
			NeedsWorkbookReader.ParsedRow row = read.reader().rows().get(i);
			for (FieldProblem problem : result.problems()) {
				int column = NeedsTemplateLayout.columnOf(problem.field());
				if (!row.badColumns().contains(column)) {
					errors.add(new ImportError(NeedsTemplateLayout.NEEDS, row.row(), NeedsTemplateLayout.letter(column),
							problem.message()));
				}
			}
			boolean bad = result.outcome() == Outcome.INVALID || !row.badColumns().isEmpty();
			ImportItem.Action action = bad ? ImportItem.Action.SKIP : switch (result.outcome()) {
				case CREATE -> ImportItem.Action.CREATE;
				case UPDATE -> ImportItem.Action.UPDATE;
				default -> ImportItem.Action.UNCHANGED;
			};
			counts[action.ordinal()]++;
			if (items.size() < LISTED_ROWS) {
				String label = (row.data().title() == null) ? "" : row.data().title();
				items.add(new ImportItem(action, key(row), label,
						bad ? UserText.of("exchange.import.seeRow", row.row()).english() : null, result.needId()));
			}
		}
		errors.sort(java.util.Comparator.comparing((ImportError e) -> e.row() == null ? 0 : e.row())
			.thenComparing((ImportError e) -> e.column() == null ? "" : e.column()));
		return new ImportPreview(counts[0], counts[1], counts[2], counts[3], errors, items);
	}

	@Override
	public ImportResult confirm(ImportFile file, ImportProgress progress) {
		long started = System.nanoTime();
		this.guard.check(file.path(), file.originalName());
		Read kept = this.previewed.take(file.path()).map((sheet) -> placed(file, sheet)).orElse(null);
		Read read = (kept != null) ? kept : read(file, progress);
		log.debug("Read {} rows of {} for confirmation in {} ms", read.batch().rows().size(), file.originalName(),
				(System.nanoTime() - started) / 1_000_000);
		if (!read.reader().errors().isEmpty()) {
			throw new ImportRejected(
					UserText.of("exchange.import.cellErrors", read.reader().errors().size()).english());
		}
		NeedImportCheck applied;
		try {
			// the rows' writing takes the progress from what the reading left to 90 %
			int from = (kept != null) ? 10 : 50;
			int rows = Math.max(1, read.batch().rows().size());
			progress.update(from);
			applied = guarded(file, () -> this.needs.apply(read.batch(),
					(written) -> progress.update(from + (90 - from) * written / rows)));
		}
		catch (InvalidInputException ex) {
			throw new ImportRejected(UserText.of("exchange.import.errors", ex.problems().size()).english(), ex);
		}
		progress.update(95);
		List<Long> ids = new ArrayList<>();
		for (NeedImportCheck.RowResult row : applied.rows()) {
			if (row.outcome() == Outcome.CREATE || row.outcome() == Outcome.UPDATE) {
				ids.add(row.needId());
			}
		}
		return new ImportResult((int) applied.count(Outcome.CREATE), (int) applied.count(Outcome.UPDATE),
				(int) applied.count(Outcome.UNCHANGED), 0, ids, List.of());
	}

	/**
	 * What the file says: its custom properties and its needs sheet as read.
	 */
	private record Sheet(Map<String, String> info, NeedsWorkbookReader reader) {
	}

	private record Read(Sheet sheet, NeedImportBatch batch) {

		NeedsWorkbookReader reader() {
			return this.sheet.reader();
		}

	}

	/**
	 * Reads a file that {@link XlsxGuard} let through, once its placement is checked.
	 */
	private Read read(ImportFile file, ImportProgress progress) {
		progress.update(5);
		try (XlsxPackage workbook = XlsxPackage.open(file.path(), file.originalName())) {
			Map<String, String> info = workbook.customProperties();
			long cycleId = placement(file, info);
			NeedsWorkbookReader reader = new NeedsWorkbookReader(this.properties.maxRows());
			progress.update(10);
			workbook.readSheet(NeedsTemplateLayout.NEEDS, reader);
			progress.update(50);
			return batch(new Sheet(info, reader), cycleId);
		}
	}

	/**
	 * A sheet read before, once its placement is checked again.
	 */
	private Read placed(ImportFile file, Sheet sheet) {
		return batch(sheet, placement(file, sheet.info()));
	}

	/**
	 * The rows of the sheet as a batch of the cycle and partner of the template.
	 */
	private static Read batch(Sheet sheet, long cycleId) {
		String partner = sheet.info().get(NeedsTemplateLayout.PROPERTY_PARTNER);
		List<NeedImportBatch.Row> rows = sheet.reader()
			.rows()
			.stream()
			.map(NeedsWorkbookReader.ParsedRow::data)
			.toList();
		return new Read(sheet, new NeedImportBatch(cycleId, partner, rows));
	}

	/**
	 * The cycle of the template, checked against what the file and the upload say.
	 */
	private long placement(ImportFile file, Map<String, String> info) {
		String name = file.originalName();
		if (!NeedsTemplateLayout.KIND.equals(info.get(NeedsTemplateLayout.PROPERTY_TEMPLATE))) {
			throw new ImportRejected(UserText.of("exchange.needs.notTemplate", name).english());
		}
		if (!String.valueOf(NeedsTemplateLayout.VERSION).equals(info.get(NeedsTemplateLayout.PROPERTY_VERSION))) {
			throw new ImportRejected(UserText
				.of("exchange.needs.otherVersion", name, String.valueOf(info.get(NeedsTemplateLayout.PROPERTY_VERSION)))
				.english());
		}
		long cycleId;
		try {
			cycleId = Long.parseLong(info.get(NeedsTemplateLayout.PROPERTY_CYCLE));
		}
		catch (NumberFormatException ex) {
			throw new ImportRejected(UserText.of("exchange.needs.noCycle", name).english());
		}
		String partner = String.valueOf(info.get(NeedsTemplateLayout.PROPERTY_PARTNER));
		String cycleName = info.getOrDefault(NeedsTemplateLayout.PROPERTY_CYCLE_NAME, String.valueOf(cycleId));
		String wantedCycle = file.parameters().get("cycle");
		if (wantedCycle != null && !wantedCycle.isBlank() && !wantedCycle.trim().equals(String.valueOf(cycleId))) {
			throw new ImportRejected(UserText.of("exchange.needs.otherCycle", name, cycleName).english());
		}
		String wantedPartner = file.parameters().get("partner");
		if (wantedPartner != null && !wantedPartner.isBlank()
				&& !wantedPartner.trim().toUpperCase(Locale.ROOT).equals(partner)) {
			throw new ImportRejected(UserText
				.of("exchange.needs.otherPartner", name, partner, wantedPartner.trim().toUpperCase(Locale.ROOT))
				.english());
		}
		String uploaderPartner = file.uploader().partnerCode();
		if (uploaderPartner != null && !uploaderPartner.equals(partner)) {
			throw new ImportRejected(
					UserText.of("exchange.needs.notYourPartner", name, partner, uploaderPartner).english());
		}
		CycleView cycle = guarded(file, () -> this.cycles.get(cycleId));
		if (!String.valueOf(cycle.frameworkId()).equals(info.get(NeedsTemplateLayout.PROPERTY_FRAMEWORK))) {
			throw new ImportRejected(UserText.of("exchange.needs.otherFramework", name, cycle.name()).english());
		}
		return cycleId;
	}

	private static String key(NeedsWorkbookReader.ParsedRow row) {
		String measure = (row.data().measureCode() == null) ? "" : row.data().measureCode();
		return (row.data().needId() == null) ? UserText.of("exchange.needs.rowKey", row.row(), measure).english()
				: UserText.of("exchange.needs.needKey", row.data().needId(), row.row()).english();
	}

	/**
	 * Runs a call of the needs module, turning its refusals about the file as a whole
	 * into a rejection of the file.
	 */
	private static <T> T guarded(ImportFile file, java.util.function.Supplier<T> call) {
		try {
			return call.get();
		}
		catch (AccessDeniedException ex) {
			throw new ImportRejected(UserText.of("exchange.needs.denied", file.originalName()).english(), ex);
		}
		catch (RecordNotFoundException ex) {
			throw new ImportRejected(UserText.of("exchange.needs.cycleMissing", file.originalName()).english(), ex);
		}
		catch (ConflictException ex) {
			throw new ImportRejected(
					UserText.of("exchange.import.refused", file.originalName(), String.valueOf(ex.getMessage()))
						.english(),
					ex);
		}
	}

}
