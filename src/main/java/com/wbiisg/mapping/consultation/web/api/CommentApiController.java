package com.wbiisg.mapping.consultation.web.api;

import java.util.List;

import com.wbiisg.mapping.consultation.Commenters;
import com.wbiisg.mapping.consultation.Commenting;
import com.wbiisg.mapping.consultation.ThreadComment;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Comment threads for scripts: members read and comment, the Secretariat and each
 * comment's author mark it resolved or open again. The role is checked here before the
 * body is looked at, so a refused caller learns nothing about its input.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(Commenters.MAY_COMMENT)
class CommentApiController {

	static final String NEED = "NEED";

	static final String FRAMEWORK_ITEM = "FRAMEWORK_ITEM";

	private final Commenting commenting;

	CommentApiController(Commenting commenting) {
		this.commenting = commenting;
	}

	@GetMapping("/needs/{id}/comments")
	List<ThreadComment> needThread(@PathVariable String id) {
		return this.commenting.thread(NEED, id);
	}

	@PostMapping("/needs/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	ThreadComment commentOnNeed(@PathVariable String id, @RequestBody NewComment request) {
		return this.commenting.add(NEED, id, request.text(), request.replyTo());
	}

	@GetMapping("/frameworks/{id}/items/{code}/comments")
	List<ThreadComment> itemThread(@PathVariable long id, @PathVariable String code) {
		return this.commenting.thread(FRAMEWORK_ITEM, id + "/" + code);
	}

	@PostMapping("/frameworks/{id}/items/{code}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	ThreadComment commentOnItem(@PathVariable long id, @PathVariable String code, @RequestBody NewComment request) {
		return this.commenting.add(FRAMEWORK_ITEM, id + "/" + code, request.text(), request.replyTo());
	}

	@PostMapping("/comments/{id}/resolution")
	ThreadComment resolve(@PathVariable long id) {
		return this.commenting.resolve(id);
	}

	@DeleteMapping("/comments/{id}/resolution")
	ThreadComment reopen(@PathVariable long id) {
		return this.commenting.reopen(id);
	}

	record NewComment(@Nullable String text, @Nullable Long replyTo) {
	}

}
