package com.wbiisg.mapping.web.internal;

import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import com.wbiisg.mapping.shared.UserText;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Error pages for the server-rendered pages: a friendly page in the layout, never a stack
 * trace. Unknown addresses under {@code /api/} answer a problem detail instead.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private final ReadDeniedPublisher readDenied;

	PageExceptionHandler(ReadDeniedPublisher readDenied) {
		this.readDenied = readDenied;
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ModelAndView notFound(RecordNotFoundException ex, HttpServletRequest request) {
		this.readDenied.answeredNotFound(ex, request);
		return page("error/404", HttpStatus.NOT_FOUND, ex.message(LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex) {
		return page("error/409", HttpStatus.CONFLICT, ex.message(LocaleContextHolder.getLocale()));
	}

	/**
	 * Input refused before a page's controller could show it next to its field (a control
	 * character in a parameter, say).
	 */
	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException ex) {
		return page("error/422", HttpStatus.UNPROCESSABLE_CONTENT, ex.message(LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView staleWrite(OptimisticLockingFailureException ex) {
		return page("error/409", HttpStatus.CONFLICT, null);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object noSuchAddress(NoResourceFoundException ex, HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					UserText.of("web.api.noEndpoint", request.getRequestURI()).in(LocaleContextHolder.getLocale()));
			problem.setTitle(HttpStatus.NOT_FOUND.getReasonPhrase());
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return page("error/404", HttpStatus.NOT_FOUND, null);
	}

	private static ModelAndView page(String view, HttpStatus status, String message) {
		ModelAndView page = new ModelAndView(view, status);
		if (message != null) {
			page.addObject("message", message);
		}
		return page;
	}

}
