package com.wbiisg.mapping.analysis.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text analysis of suggestions: Cyrillic and Latin spellings of Serbian and
 * Macedonian, with or without diacritics, give the same terms; Albanian letters fold;
 * English words are stemmed and function words of all four languages dropped.
 */
class SuggestionAnalyzerTests {

	private static final Analyzer ANALYZER = new SuggestionAnalyzer();

	@AfterAll
	static void close() {
		ANALYZER.close();
	}

	@Test
	void foldsSerbianCyrillicAndLatinIntoTheSameTerms() throws IOException {
		assertThat(terms("терористичких")).isEqualTo(terms("terorističkih"))
			.isEqualTo(terms("teroristickih"))
			.hasSize(1);
		assertThat(terms("Министарство унутрашњих послова")).isEqualTo(terms("Ministarstvo unutrašnjih poslova"))
			.isEqualTo(terms("MINISTARSTVO UNUTRASNJIH POSLOVA"))
			.hasSize(3);
		assertThat(terms("Ђорђе Ћирић, џеп")).isEqualTo(terms("Đorđe Ćirić, džep"))
			.isEqualTo(terms("Djordje Ciric, dzep"));
	}

	@Test
	void foldsMacedonianCyrillicAndBothLatinTransliterations() throws IOException {
		List<String> cyrillic = terms("Министерство за внатрешни работи");
		assertThat(cyrillic).isEqualTo(terms("Ministerstvo za vnatrešni raboti"))
			.isEqualTo(terms("Ministerstvo za vnatreshni raboti"))
			.doesNotContain("za");
		assertThat(terms("Ѓорѓи, ќерка, ѕвезда, жена, чаша"))
			.isEqualTo(terms("Gjorgji, kjerka, dzvezda, zhena, chasha"))
			.isEqualTo(terms("Ǵorǵi, ḱerka, dzvezda, žena, čaša"));
	}

	@Test
	void foldsAlbanianLetters() throws IOException {
		assertThat(terms("Ministria e Punëve të Brendshme")).isEqualTo(terms("Ministria e Puneve te Brendshme"))
			.hasSize(3);
		assertThat(terms("çështje përgjegjëse")).isEqualTo(terms("ceshtje pergjegjese"));
	}

	@Test
	void stemsEnglishAndDropsFunctionWords() throws IOException {
		assertThat(terms("training")).isEqualTo(terms("trainings")).isEqualTo(terms("trained"));
		assertThat(terms("Europol's referral units")).isEqualTo(terms("Europol referral unit"));
		assertThat(terms("the training of the police and of social workers"))
			.isEqualTo(terms("training police social worker"));
		assertThat(terms("и во на за dhe në të")).isEmpty();
	}

	@Test
	void matchesACyrillicQueryAgainstLatinText() throws IOException {
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
				Document document = new Document();
				document.add(new TextField("text",
						"Obuka policije za prepoznavanje terorističkih pretnji, Ministarstvo unutrašnjih poslova",
						Field.Store.NO));
				writer.addDocument(document);
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				BooleanQuery.Builder query = new BooleanQuery.Builder();
				for (String term : terms("Министарство унутрашњих послова: терористичких претњи")) {
					query.add(new TermQuery(new Term("text", term)), BooleanClause.Occur.MUST);
				}
				assertThat(new IndexSearcher(reader).count(query.build())).isEqualTo(1);
			}
		}
	}

	private static List<String> terms(String text) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}

}
