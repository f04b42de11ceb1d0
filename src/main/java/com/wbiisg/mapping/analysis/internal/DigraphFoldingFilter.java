package com.wbiisg.mapping.analysis.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the ASCII digraphs that stand for a letter with a diacritic into that letter
 * without it, as the folding before this filter leaves it: sh (š), zh (ž), ch (č), dj
 * (đ), gj (Macedonian ѓ) and kj (ќ). Macedonia's official romanisation and Serbian or
 * Albanian typed without diacritics write these letters so; folding them makes
 * "vnatreshni" match "внатрешни" and "Djordje" match "Ђорђе". English words lose an h or
 * a j too ("teacer"), on both the indexed and the query side, which costs nothing but
 * readability of the index. Expects lower-case input; lj and nj stay, as every script
 * writes them so.
 */
final class DigraphFoldingFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	DigraphFoldingFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		char[] buffer = this.term.buffer();
		int length = this.term.length();
		int written = 0;
		for (int read = 0; read < length; read++) {
			char letter = buffer[read];
			buffer[written++] = letter;
			if (read + 1 < length && folds(letter, buffer[read + 1])) {
				read++;
			}
		}
		this.term.setLength(written);
		return true;
	}

	private static boolean folds(char letter, char next) {
		return switch (next) {
			case 'h' -> letter == 's' || letter == 'z' || letter == 'c';
			case 'j' -> letter == 'd' || letter == 'g' || letter == 'k';
			default -> false;
		};
	}

}
