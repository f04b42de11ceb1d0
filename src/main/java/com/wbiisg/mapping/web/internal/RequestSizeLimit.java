package com.wbiisg.mapping.web.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.wbiisg.mapping.shared.ProblemResponse;
import com.wbiisg.mapping.shared.UserText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than its kind may be with a 413 problem detail naming the
 * setting, before the body is read: JSON ({@code iisg.api.max-json-body}), form posts
 * ({@code server.tomcat.max-http-form-post-size}) and multipart uploads
 * ({@code spring.servlet.multipart.max-request-size}). A body that announces its length
 * is judged by it; a chunked JSON body is counted as it is read and refused when it goes
 * beyond. Other bodies (the files that {@code POST /api/v1/imports} takes as its body)
 * keep the limits of the module that reads them.
 */
class RequestSizeLimit extends OncePerRequestFilter {

	private final Limit json;

	private final Limit form;

	private final Limit multipart;

	RequestSizeLimit(Limit json, Limit form, Limit multipart) {
		this.json = json;
		this.form = form;
		this.multipart = multipart;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Limit limit = limitOf(request.getContentType());
		if (limit == null) {
			chain.doFilter(request, response);
			return;
		}
		long length = request.getContentLengthLong();
		if (length > limit.bytes()) {
			refuse(request, response, limit);
			return;
		}
		if (length >= 0 || limit != this.json) {
			// Chunked form and multipart bodies are counted by Tomcat against the same
			// settings.
			chain.doFilter(request, response);
			return;
		}
		try {
			chain.doFilter(new Counted(request, limit), response);
		}
		catch (ServletException | RuntimeException ex) {
			if (BodyTooLarge.in(ex) == null || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			refuse(request, response, limit);
		}
	}

	private @Nullable Limit limitOf(@Nullable String contentType) {
		if (contentType == null) {
			return null;
		}
		MediaType type;
		try {
			type = MediaType.parseMediaType(contentType);
		}
		catch (RuntimeException ex) {
			return null;
		}
		if (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json")) {
			return this.json;
		}
		if (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
			return this.form;
		}
		if (type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)) {
			return this.multipart;
		}
		return null;
	}

	/**
	 * A 413 problem detail; the connection is closed after it rather than reading the
	 * rest of the body.
	 */
	private static void refuse(HttpServletRequest request, HttpServletResponse response, Limit limit)
			throws IOException {
		response.setHeader("Connection", "close");
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("setting", limit.setting());
		members.put("limit", limit.bytes());
		ProblemResponse.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Content Too Large",
				limit.text().in(request.getLocale()), members);
	}

	/**
	 * The largest body of one kind, in bytes, and the setting that says so.
	 */
	record Limit(String setting, long bytes) {

		UserText text() {
			return UserText.of("web.requestTooLarge", this.setting, this.bytes);
		}

	}

	/**
	 * Thrown while a chunked body is read, at its first byte over the limit.
	 */
	static final class BodyTooLarge extends RuntimeException {

		private final transient Limit limit;

		BodyTooLarge(Limit limit) {
			super("The request body is larger than " + limit.setting() + " (" + limit.bytes() + " bytes)", null, false,
					false);
			this.limit = limit;
		}

		Limit limit() {
			return this.limit;
		}

		/**
		 * The refusal among the causes of an exception, if it is one.
		 */
		static @Nullable BodyTooLarge in(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof BodyTooLarge tooLarge) {
					return tooLarge;
				}
			}
			return null;
		}

	}

	private static final class Counted extends HttpServletRequestWrapper {

		private final Limit limit;

		private @Nullable ServletInputStream counted;

		Counted(HttpServletRequest request, Limit limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.counted == null) {
				this.counted = new CountingStream(super.getInputStream(), this.limit);
			}
			return this.counted;
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;

		private final Limit limit;

		private long count;

		CountingStream(ServletInputStream in, Limit limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.in.read(buffer, offset, length);
			if (read > 0) {
				count(read);
			}
			return read;
		}

		private void count(int read) {
			this.count += read;
			if (this.count > this.limit.bytes()) {
				throw new BodyTooLarge(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
