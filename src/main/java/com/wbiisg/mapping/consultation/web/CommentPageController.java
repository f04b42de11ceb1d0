package com.wbiisg.mapping.consultation.web;

import java.io.Serializable;
import java.util.List;

import com.wbiisg.mapping.consultation.Commenters;
import com.wbiisg.mapping.consultation.Commenting;
import com.wbiisg.mapping.consultation.ThreadComment;
import com.wbiisg.mapping.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the thread fragment, whichever page shows it. A plain form post goes back
 * to the target's page; an htmx post gets the refreshed thread to swap in place.
 */
@Controller
@PreAuthorize(Commenters.MAY_COMMENT)
class CommentPageController {

	static final String THREAD_FRAGMENT = "consultation/fragments/thread :: thread";

	/**
	 * Where the thread fragment finds the problems of the last post and the text that was
	 * posted, so the user can correct it.
	 */
	static final String PROBLEMS = "commentProblems";

	static final String DRAFT = "commentDraft";

	private final Commenting commenting;

	CommentPageController(Commenting commenting) {
		this.commenting = commenting;
	}

	@PostMapping("/comments")
	String add(@ModelAttribute CommentForm form,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		String link = this.commenting.link(form.targetType(), form.targetId());
		try {
			this.commenting.add(form.targetType(), form.targetId(), form.text(), form.replyTo());
		}
		catch (InvalidInputException ex) {
			List<String> problems = ex.problems().stream().map(InvalidInputException.FieldProblem::message).toList();
			if (htmx != null) {
				// htmx leaves a 4xx answer unswapped, so the thread with its problems
				// comes back as a normal answer.
				model.addAttribute(PROBLEMS, problems);
				model.addAttribute(DRAFT, form);
				return thread(form.targetType(), form.targetId(), model);
			}
			redirect.addFlashAttribute(PROBLEMS, problems);
			redirect.addFlashAttribute(DRAFT, form);
			return backTo(link);
		}
		return (htmx != null) ? thread(form.targetType(), form.targetId(), model) : backTo(link);
	}

	@PostMapping("/comments/{id}/resolve")
	String resolve(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		return answer(this.commenting.resolve(id), htmx, model);
	}

	@PostMapping("/comments/{id}/reopen")
	String reopen(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		return answer(this.commenting.reopen(id), htmx, model);
	}

	private String answer(ThreadComment changed, @Nullable String htmx, Model model) {
		if (htmx != null) {
			return thread(changed.targetType(), changed.targetId(), model);
		}
		return backTo(this.commenting.link(changed.targetType(), changed.targetId()));
	}

	private String thread(String targetType, String targetId, Model model) {
		model.addAttribute("targetType", targetType);
		model.addAttribute("targetId", targetId);
		model.addAttribute("comments", this.commenting.thread(targetType, targetId));
		return THREAD_FRAGMENT;
	}

	/**
	 * The target's page, scrolled to its thread.
	 */
	private static String backTo(String link) {
		int fragment = link.indexOf('#');
		return "redirect:" + ((fragment < 0) ? link : link.substring(0, fragment)) + "#comments";
	}

	/**
	 * What the comment and reply forms post; kept in the session as a flash attribute
	 * when it needs correcting.
	 */
	record CommentForm(@Nullable String targetType, @Nullable String targetId, @Nullable String text,
			@Nullable Long replyTo) implements Serializable {
	}

}
