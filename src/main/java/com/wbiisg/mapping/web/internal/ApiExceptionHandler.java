package com.wbiisg.mapping.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.wbiisg.mapping.shared.ConflictException;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the JSON API into an RFC 9457 problem detail with a clear
 * {@code detail}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final ReadDeniedPublisher readDenied;

	ApiExceptionHandler(ReadDeniedPublisher readDenied) {
		this.readDenied = readDenied;
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ProblemDetail notFound(RecordNotFoundException ex, HttpServletRequest request) {
		this.readDenied.answeredNotFound(ex, request);
		return problem(HttpStatus.NOT_FOUND, ex.message(LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex.message(LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail staleWrite(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, UserText.of("web.api.staleWrite").in(LocaleContextHolder.getLocale()));
	}

	/**
	 * A rule of the database that the checks before it did not catch. Only a unique key
	 * is called a duplicate; a value the database cannot take is the caller's to correct.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		DatabaseRefusal refusal = DatabaseRefusal.of(ex);
		log.info("Database refused a change ({}), answered with {}: {}", refusal, refusal.status().value(),
				ex.getMostSpecificCause().getMessage());
		return problem(refusal.status(), refusal.detail().in(LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.message(locale));
		problem.setProperty("errors",
				ex.problems().stream().map((p) -> Map.of("field", p.field(), "message", p.message(locale))).toList());
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, UserText.of("web.api.denied").in(LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badArgument(IllegalArgumentException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((e) -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
			.toList();
		StringBuilder detail = new StringBuilder("Invalid input: ");
		errors.forEach((e) -> detail.append(e.get("field")).append(": ").append(e.get("message")).append("; "));
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, detail.substring(0, detail.length() - 2));
		problem.setProperty("errors", errors);
		return ResponseEntity.unprocessableContent().body(problem);
	}

	/**
	 * A JSON body that could not be read; one with a text holding a control character is
	 * invalid input of that field, and a chunked one larger than the limit is refused
	 * with 413 ({@link RequestSizeLimit}).
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getCause();
		RequestSizeLimit.BodyTooLarge tooLarge = RequestSizeLimit.BodyTooLarge.in(ex);
		if (tooLarge != null) {
			ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE,
					tooLarge.limit().text().in(LocaleContextHolder.getLocale()));
			problem.setProperty("setting", tooLarge.limit().setting());
			problem.setProperty("limit", tooLarge.limit().bytes());
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.header(HttpHeaders.CONNECTION, "close")
				.body(problem);
		}
		if (cause instanceof ControlCharacterDeserializer.Refused refused) {
			InvalidInputException invalid = new InvalidInputException(path(refused), refused.problem());
			return ResponseEntity.unprocessableContent().body(invalid(invalid));
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	/**
	 * The field as the request names it: {@code title}, {@code organisations[0].role}.
	 */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail detail && detail.getDetail() == null) {
			detail.setDetail(ex.getMessage());
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

}
