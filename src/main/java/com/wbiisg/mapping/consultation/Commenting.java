package com.wbiisg.mapping.consultation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.consultation.internal.Comment;
import com.wbiisg.mapping.consultation.internal.CommentRepository;
import com.wbiisg.mapping.consultation.internal.CommentTargets;
import com.wbiisg.mapping.consultation.internal.CommentTargets.VisibleTarget;
import com.wbiisg.mapping.shared.HiddenRecordException;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' use cases on comment threads: reading a thread, commenting, replying, and
 * marking a comment resolved or open again. Every change is audited in the same
 * transaction; a target its owner does not show to the current user answers 404.
 */
@Service
@Transactional
@PreAuthorize(Commenters.MAY_COMMENT)
public class Commenting implements CommentThreads {

	static final String RECORD = "Comment";

	private static final RecordType COMMENT = RecordType.of(RECORD, "consultation.record.comment");

	private final CommentRepository comments;

	private final CommentTargets targets;

	private final AuditTrail audit;

	private final Clock clock;

	Commenting(CommentRepository comments, CommentTargets targets, AuditTrail audit, Clock clock) {
		this.comments = comments;
		this.targets = targets;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ThreadComment> thread(String targetType, String targetId) {
		VisibleTarget target = this.targets.require(targetType, targetId);
		return nest(this.comments.findByTargetTypeAndTargetIdOrderByCreatedAtAscIdAsc(target.type(), target.id()));
	}

	/**
	 * Comments on a target, or replies to a comment on the same target.
	 */
	public ThreadComment add(@Nullable String targetType, @Nullable String targetId, @Nullable String text,
			@Nullable Long replyTo) {
		VisibleTarget target = this.targets.require(targetType, targetId);
		List<FieldProblem> problems = new ArrayList<>(RecordValidation.problems(new CommentText(text)));
		String checkedText = Inputs.text(text);
		if (replyTo != null
				&& this.comments.findById(replyTo).filter((c) -> c.isOn(target.type(), target.id())).isEmpty()) {
			problems.add(new FieldProblem("replyTo", UserText.of("consultation.replyTo.unknown", replyTo)));
		}
		InvalidInputException.throwIfAny(problems);
		Comment comment = this.comments.saveAndFlush(new Comment(target.type(), target.id(), replyTo,
				Commenters.currentName(), checkedText, this.clock.instant()));
		this.audit.recordChange("ADD", RECORD, comment.getId(),
				Changes.of()
					.set("target", target.type() + " " + target.id())
					.set("replyTo", replyTo)
					.set("text", checkedText));
		return view(comment, List.of());
	}

	/**
	 * Marks a comment resolved: the Secretariat may resolve any comment, other members
	 * their own. Resolving a resolved comment changes nothing.
	 */
	public ThreadComment resolve(long commentId) {
		Comment comment = loadForChange(commentId);
		if (comment.resolve(Commenters.currentName(), this.clock.instant())) {
			this.comments.saveAndFlush(comment);
			this.audit.recordChange("RESOLVE", RECORD, comment.getId(), Changes.of().field("resolved", false, true));
		}
		return view(comment, List.of());
	}

	/**
	 * Opens a resolved comment again, under the same rule as resolving it.
	 */
	public ThreadComment reopen(long commentId) {
		Comment comment = loadForChange(commentId);
		if (comment.reopen()) {
			this.comments.saveAndFlush(comment);
			this.audit.recordChange("REOPEN", RECORD, comment.getId(), Changes.of().field("resolved", true, false));
		}
		return view(comment, List.of());
	}

	/**
	 * The page that shows a target's thread, for sending the user back to it.
	 */
	@Transactional(readOnly = true)
	public String link(@Nullable String targetType, @Nullable String targetId) {
		return this.targets.require(targetType, targetId).link();
	}

	private Comment loadForChange(long commentId) {
		Comment comment = this.comments.findById(commentId)
			.orElseThrow(() -> new RecordNotFoundException(COMMENT, commentId));
		// A comment on a target the user may not see does not exist for them, whoever
		// wrote it: the answer names the comment, as for one that does not exist.
		try {
			this.targets.require(comment.getTargetType(), comment.getTargetId());
		}
		catch (HiddenRecordException ex) {
			throw ex.answeredAs(COMMENT, commentId);
		}
		catch (RecordNotFoundException ex) {
			throw new RecordNotFoundException(COMMENT, commentId);
		}
		String user = Commenters.currentName();
		if (!Commenters.isSecretariat() && !comment.isBy(user)) {
			this.audit.recordSecurityEvent("ACCESS_DENIED", user,
					"Denied: resolving or reopening comment " + commentId + " of " + comment.getAuthor());
			throw new AccessDeniedException("Only the Secretariat and the author may resolve or reopen a comment.");
		}
		return comment;
	}

	/**
	 * Hangs every reply under the comment it answers; the list is oldest first, so every
	 * level of the thread is too. A reply whose parent is missing is shown at the top.
	 */
	private static List<ThreadComment> nest(List<Comment> all) {
		Map<Long, List<Comment>> repliesByParent = new LinkedHashMap<>();
		Map<Long, Comment> byId = new LinkedHashMap<>();
		all.forEach((c) -> byId.put(c.getId(), c));
		List<Comment> top = new ArrayList<>();
		for (Comment comment : all) {
			Long parent = comment.getReplyTo();
			if (parent != null && byId.containsKey(parent)) {
				repliesByParent.computeIfAbsent(parent, (id) -> new ArrayList<>()).add(comment);
			}
			else {
				top.add(comment);
			}
		}
		return top.stream().map((c) -> withReplies(c, repliesByParent)).toList();
	}

	private static ThreadComment withReplies(Comment comment, Map<Long, List<Comment>> repliesByParent) {
		List<ThreadComment> replies = repliesByParent.getOrDefault(comment.getId(), List.of())
			.stream()
			.map((reply) -> withReplies(reply, repliesByParent))
			.toList();
		return view(comment, replies);
	}

	private static ThreadComment view(Comment c, List<ThreadComment> replies) {
		return new ThreadComment(c.getId(), c.getTargetType(), c.getTargetId(), c.getReplyTo(), c.getAuthor(),
				c.getText(), c.getCreatedAt(), c.isResolved(), c.getResolvedBy(), c.getResolvedAt(), c.getVersion(),
				replies);
	}

	/**
	 * The text of a comment, with its checks.
	 */
	private record CommentText(
			@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_TEXT) @Nullable String text) {

		static final int MAX_TEXT = 4000;

	}

}
