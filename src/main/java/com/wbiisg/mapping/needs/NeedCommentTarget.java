package com.wbiisg.mapping.needs;

import java.util.Optional;

import com.wbiisg.mapping.consultation.CommentTarget;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.shared.HiddenRecordException;
import com.wbiisg.mapping.shared.RecordNotFoundException;

import org.springframework.stereotype.Component;

/**
 * Needs can be commented by everyone who may see them; a need hidden from a user hides
 * its thread as well.
 */
@Component
public class NeedCommentTarget implements CommentTarget {

	public static final String TYPE = "NEED";

	private final Needs needs;

	NeedCommentTarget(Needs needs) {
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
		try {
			return Optional.of(this.needs.get(Long.parseLong(targetId)).title());
		}
		catch (HiddenRecordException ex) {
			// Not absent: the thread's 404 is audited as a read of the hidden need.
			throw ex;
		}
		catch (RecordNotFoundException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String link(String targetId) {
		return "/needs/" + targetId;
	}

}
