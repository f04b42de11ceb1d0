package com.wbiisg.mapping.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The text analysis of needs, projects and measures, which are written in English with
 * names and quotations in Albanian, Bosnian/Croatian/Montenegrin/Serbian (in Latin or
 * Cyrillic script) and Macedonian (Cyrillic or Latin). The same chain runs at indexing
 * and at query time, so every step only has to be consistent, not linguistically perfect:
 * <ol>
 * <li>{@link StandardTokenizer}: Unicode word boundaries (UAX #29), which suit all these
 * languages.</li>
 * <li>Cyrillic to Latin ({@link ICUTransformFilter}), only on Cyrillic letters: first the
 * Serbian BGN/PCGN rules, which give the Gaj alphabet every BCMS writer uses in Latin
 * (љ→lj, ђ→đ, ћ→ć, џ→dž), then the Macedonian rules for the letters Serbian lacks (ѓ→ǵ,
 * ќ→ḱ, ѕ→dz), then ICU's generic Cyrillic rules for anything else (Russian, Bulgarian
 * names).</li>
 * <li>{@link ICUFoldingFilter}: lower case and no diacritics, so č, ć and c, đ and d,
 * Albanian ë and e, ç and c are one letter; writers often leave the diacritics out.</li>
 * <li>{@link EnglishPossessiveFilter} and a short stop list: the English one of Lucene
 * plus the commonest Albanian, BCMS and Macedonian function words, in their folded
 * form.</li>
 * <li>{@link PorterStemFilter}: most texts are English, and Porter conflates training,
 * trained and trainings, which a plural-only stemmer ({@code EnglishMinimalStemFilter})
 * would leave apart. It only strips English suffixes, so words of the other languages
 * mostly keep their form, and since both sides pass through it they still match.</li>
 * <li>{@link DigraphFoldingFilter}: the ASCII spellings of the letters folded above (sh,
 * zh, ch, dj, gj, kj), as in Macedonia's official romanisation (vnatreshni) and in
 * Serbian written without diacritics (Djordje), become the same single letter.</li>
 * </ol>
 */
final class SuggestionAnalyzer extends Analyzer {

	/**
	 * Changes when the chain changes, so that indexes built by an earlier chain are
	 * rebuilt.
	 */
	static final String VERSION = "1";

	private static final String CYRILLIC_TO_LATIN = "[:Cyrillic:]; Serbian-Latin/BGN; Macedonian-Latin/BGN; "
			+ "Cyrillic-Latin";

	private static final List<String> ALBANIAN = List.of("dhe", "ne", "te", "e", "i", "per", "me", "nga", "nje", "qe",
			"se", "si", "ose", "por", "apo", "ka", "jane", "eshte", "kjo", "ky", "keto", "ato", "nuk", "do", "mbi",
			"pa", "deri", "tek", "prej", "edhe", "u", "ta", "sipas", "kane");

	private static final List<String> BCMS = List.of("i", "u", "na", "za", "od", "do", "sa", "s", "se", "je", "su",
			"da", "ili", "kao", "o", "po", "pri", "prema", "iz", "kod", "koji", "koja", "koje", "kojih", "kojim", "ali",
			"ni", "ne", "niti", "bi", "biti", "sto", "to", "taj", "ta", "te", "ovaj", "ova", "ovo", "ih", "ga", "mu",
			"im", "nad", "pod", "kroz", "radi", "zbog", "uz", "bez", "jer", "vec", "jos", "samo", "sve", "svi", "kako");

	private static final List<String> MACEDONIAN = List.of("vo", "so", "e", "kako", "koj", "koe", "koi", "ke", "toa",
			"taa", "tie", "ovoj", "ovaa", "preku", "kon", "megu", "nivni", "nivnite", "isto");

	private static final List<String> ENGLISH_MORE = List.of("from", "its", "has", "have", "had", "been", "were",
			"which", "who", "whom", "also", "than", "other", "all", "any", "each", "between", "through", "within",
			"under", "about", "over", "our", "we", "you", "your", "can", "may", "should", "would", "could", "so", "do",
			"does", "did", "i", "he", "she", "his", "her", "them", "those", "what", "when", "where", "how", "both",
			"more", "most", "own", "same");

	static final CharArraySet STOP_WORDS = stopWords();

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		// One transliterator per token stream: Lucene reuses a stream within a thread
		// only, and ICU does not promise that a transliterator is safe to share.
		TokenStream stream = new ICUTransformFilter(source, Transliterator.getInstance(CYRILLIC_TO_LATIN));
		stream = new ICUFoldingFilter(stream);
		stream = new EnglishPossessiveFilter(stream);
		stream = new StopFilter(stream, STOP_WORDS);
		stream = new PorterStemFilter(stream);
		stream = new DigraphFoldingFilter(stream);
		return new TokenStreamComponents(source, stream);
	}

	private static CharArraySet stopWords() {
		List<Object> words = new ArrayList<>(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		words.addAll(ENGLISH_MORE);
		words.addAll(ALBANIAN);
		words.addAll(BCMS);
		words.addAll(MACEDONIAN);
		return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
	}

}
