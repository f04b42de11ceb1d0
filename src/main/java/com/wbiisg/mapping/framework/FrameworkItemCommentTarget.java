package com.wbiisg.mapping.framework;

import java.util.Optional;

import com.wbiisg.mapping.consultation.CommentTarget;
import com.wbiisg.mapping.shared.RecordNotFoundException;

import org.springframework.stereotype.Component;

/**
 * Lets members comment on the items of every framework version, drafts included, since
 * commenting drafts is how the Support Group shapes a framework. A target id is
 * {@code "{frameworkId}/{code}"}, such as {@code 3/PRE.2.1}.
 */
@Component
public class FrameworkItemCommentTarget implements CommentTarget {

	public static final String TYPE = "FRAMEWORK_ITEM";

	private final Frameworks frameworks;

	FrameworkItemCommentTarget(Frameworks frameworks) {
		this.frameworks = frameworks;
	}

	/**
	 * The id of an item as a comment target.
	 */
	public static String targetId(long frameworkId, String code) {
		return frameworkId + "/" + code;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public Optional<String> titleIfVisible(String targetId) {
		int slash = targetId.indexOf('/');
		if (slash < 1 || !targetId.substring(0, slash).chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		long frameworkId;
		try {
			frameworkId = Long.parseLong(targetId.substring(0, slash));
		}
		catch (NumberFormatException ex) {
			// Only digits, yet too large for an id: no such framework.
			return Optional.empty();
		}
		String code = targetId.substring(slash + 1);
		try {
			return this.frameworks.tree(frameworkId).find(code).map(FrameworkItemCommentTarget::title);
		}
		catch (RecordNotFoundException ex) {
			// An unknown framework is, to a thread, the same as an unknown item: absent.
			return Optional.empty();
		}
	}

	@Override
	public String link(String targetId) {
		int slash = targetId.indexOf('/');
		return "/frameworks/" + targetId.substring(0, slash) + "/items/" + targetId.substring(slash + 1);
	}

	private static String title(FrameworkTree.Node node) {
		return node.code() + " " + node.title();
	}

}
