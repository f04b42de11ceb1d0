package com.wbiisg.mapping.analysis.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

import com.wbiisg.mapping.needs.NeedFact;
import com.wbiisg.mapping.responses.ProjectFact;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The Lucene documents of needs and projects. Text goes into {@code text} (everything a
 * suggestion matches on) and {@code title} (matched once more, as titles say most);
 * partner, pillar, status, years, measures and a project's linked needs are untokenised
 * keywords for the filters and boosts of {@link SuggestionRanker}. What a list shows and
 * what the visibility check needs is stored, so a search reads nothing from the database.
 *
 * <p>
 * A need's text includes its measure and objective, so that a project that mentions the
 * measure's subject finds needs that say little. A project's document carries the
 * measures of the needs it is linked to: a project that addresses one need of a measure
 * probably addresses the other needs of that measure.
 */
@Component
class SuggestionDocuments {

	/**
	 * Changes when the fields change, so that older indexes are rebuilt.
	 */
	static final String VERSION = "1";

	static final String ID = LuceneIndex.ID;

	static final String TITLE = "title";

	static final String TEXT = "text";

	static final String PARTNER = "partner";

	static final String PILLAR = "pillar";

	static final String INITIATIVE = "initiative";

	static final String STATUS = "status";

	static final String RESTRICTED = "restricted";

	static final String MEASURE = "measure";

	static final String CYCLE = "cycle";

	static final String YEAR = "year";

	static final String LINKED_NEED = "linkedNeed";

	/**
	 * How long an open-ended project is taken to run.
	 */
	private static final int OPEN_ENDED_YEARS = 3;

	private static final int MAX_YEARS = 15;

	private final FrameworkTexts texts;

	SuggestionDocuments(FrameworkTexts texts) {
		this.texts = texts;
	}

	Document need(NeedFact need) {
		Document document = new Document();
		document.add(new StringField(ID, Long.toString(need.id()), Field.Store.YES));
		document.add(new TextField(TITLE, need.title(), Field.Store.YES));
		document.add(new TextField(TEXT,
				join(need.title(), need.description(), this.texts.measure(need.cycleId(), need.measureCode())),
				Field.Store.NO));
		keyword(document, PARTNER, need.partner());
		keyword(document, PILLAR, need.pillar());
		keyword(document, INITIATIVE, need.initiative());
		keyword(document, STATUS, need.status().name());
		keyword(document, RESTRICTED, Boolean.toString(need.restricted()));
		keyword(document, MEASURE, measureKey(need.initiative(), need.measureCode()));
		keyword(document, CYCLE, Long.toString(need.cycleId()));
		for (int year : this.texts.years(need.cycleId())) {
			document.add(new StringField(YEAR, Integer.toString(year), Field.Store.NO));
		}
		return document;
	}

	/**
	 * The document of a project linked to the needs given, of the measures given (as
	 * {@link #measureKey}).
	 */
	Document project(ProjectFact project, Collection<Long> linkedNeeds, Collection<String> linkedMeasures) {
		Document document = new Document();
		document.add(new StringField(ID, Long.toString(project.id()), Field.Store.YES));
		document.add(new TextField(TITLE, project.title(), Field.Store.YES));
		document.add(new TextField(TEXT, join(project.title(), project.description()), Field.Store.NO));
		project.partners().forEach((partner) -> keyword(document, PARTNER, partner));
		project.pillars().forEach((pillar) -> keyword(document, PILLAR, pillar));
		project.initiatives().forEach((initiative) -> keyword(document, INITIATIVE, initiative));
		keyword(document, STATUS, project.status().name());
		linkedMeasures.stream().distinct().forEach((measure) -> keyword(document, MEASURE, measure));
		linkedNeeds.forEach((need) -> document.add(new StringField(LINKED_NEED, Long.toString(need), Field.Store.NO)));
		for (int year : years(project.start(), project.end())) {
			document.add(new StringField(YEAR, Integer.toString(year), Field.Store.NO));
		}
		return document;
	}

	/**
	 * A measure across framework versions of one initiative, whose codes stay.
	 */
	static String measureKey(String initiative, String measureCode) {
		return initiative + ":" + measureCode;
	}

	static String measureCode(String measureKey) {
		return measureKey.substring(measureKey.indexOf(':') + 1);
	}

	/**
	 * The calendar years of a period; an open end is taken as a few years on.
	 */
	static List<Integer> years(@Nullable LocalDate start, @Nullable LocalDate end) {
		if (start == null && end == null) {
			return List.of();
		}
		int first = (start != null) ? start.getYear() : end.getYear() - OPEN_ENDED_YEARS + 1;
		int last = (end != null) ? end.getYear() : first + OPEN_ENDED_YEARS - 1;
		return IntStream.rangeClosed(first, Math.min(last, first + MAX_YEARS - 1)).boxed().toList();
	}

	private static void keyword(Document document, String field, String value) {
		document.add(new StringField(field, value, Field.Store.YES));
	}

	private static String join(@Nullable String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				text.append(part).append('\n');
			}
		}
		return text.toString();
	}

}
