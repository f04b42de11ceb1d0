package com.wbiisg.mapping.needs.internal;

import java.util.Optional;

import com.wbiisg.mapping.consultation.CommentTarget;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.needs.NeedView;

import org.springframework.stereotype.Component;

/**
 * Needs can be commented by everyone who may see them; a need hidden from a user hides
 * its thread as well.
 */
@Component
public class NeedCommentTarget implements CommentTarget {

	public static final String TYPE = "NEED";

	private final NeedQueries needs;

	NeedCommentTarget(NeedQueries needs) {
		this.needs = needs;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public Optional<String> titleIfVisible(String targetId) {
		if (CurrentUser.get().isEmpty() || !targetId.matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return this.needs.findVisible(Long.parseLong(targetId)).map(NeedView::title);
	}

	@Override
	public String link(String targetId) {
		return "/needs/" + targetId;
	}

}
