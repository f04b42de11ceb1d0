package com.wbiisg.mapping.web.internal;

import com.wbiisg.mapping.shared.ControlCharacters;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a text of a JSON request as Jackson does and refuses one that holds a control
 * character (see {@link ControlCharacters}); Jackson adds the path of the field to the
 * error, which the API names in its 422.
 */
class ControlCharacterDeserializer extends StringDeserializer {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		String text = super.deserialize(parser, context);
		int at = ControlCharacters.indexIn(text);
		if (at >= 0) {
			throw new Refused(parser, ControlCharacters.problem("", text).message());
		}
		return text;
	}

	/**
	 * A text refused for a control character; its message is what the user reads.
	 */
	static final class Refused extends MismatchedInputException {

		private final String problem;

		Refused(JsonParser parser, String problem) {
			super(parser, problem, String.class);
			this.problem = problem;
		}

		String problem() {
			return this.problem;
		}

	}

}
