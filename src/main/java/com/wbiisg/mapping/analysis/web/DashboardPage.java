package com.wbiisg.mapping.analysis.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.wbiisg.mapping.identity.CurrentUser;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.HtmlUtils;

/**
 * The dashboard page as it is sent: the layout around the content (navigation, header,
 * footer) is rendered once per user, locale and context path, with a hole where the
 * content goes and one wherever the CSRF token goes, and kept as UTF-8 bytes; a request
 * sends those parts with the content that {@link DashboardContent} keeps and the
 * request's own CSRF token in the holes. Rendering the layout was most of what a
 * dashboard request cost once the content was kept.
 * <p>
 * The parts are rendered by the page's own Thymeleaf view, so they are what that view
 * would send; the rare page with a flash message goes to that view whole.
 */
@Component
class DashboardPage implements View {

	/**
	 * The model attribute holding the content, the bytes {@link DashboardContent} keeps.
	 */
	static final String CONTENT = "dashboardContent";

	static final String TEMPLATE = "analysis/dashboard";

	private static final String MEDIA_TYPE = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

	/**
	 * Stand-ins for the content and the token while the layout renders; random, so no
	 * text of a page can be taken for one.
	 */
	private final String contentHole = "iisgContentHole" + UUID.randomUUID().toString().replace("-", "");

	private final String tokenHole = "iisgTokenHole" + UUID.randomUUID().toString().replace("-", "");

	private final ThymeleafViewResolver views;

	private final Cache<Key, Frame> frames = Caffeine.newBuilder().maximumSize(1_000).build();

	DashboardPage(ThymeleafViewResolver views) {
		this.views = views;
	}

	@Override
	public String getContentType() {
		return MEDIA_TYPE;
	}

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		Map<String, Object> values = (model != null) ? Collections.unmodifiableMap(model) : Map.of();
		byte[] content = (values.get(CONTENT) instanceof byte[] bytes) ? bytes : null;
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		CurrentUser user = CurrentUser.get().orElse(null);
		Locale locale = RequestContextUtils.getLocale(request);
		if (content == null || token == null || user == null || values.containsKey("flashKey")) {
			view(locale).render(with(values, (content != null) ? new String(content, StandardCharsets.UTF_8) : null),
					request, response);
			return;
		}
		Frame frame = this.frames.get(new Key(user, locale, request.getContextPath()),
				(key) -> frame(with(values, this.contentHole), token, locale, request, response));
		frame.send(content, HtmlUtils.htmlEscape(token.getToken()).getBytes(StandardCharsets.UTF_8), response);
	}

	private Frame frame(Map<String, Object> model, CsrfToken token, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		CsrfToken stand = new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), this.tokenHole);
		HttpServletRequest standIn = new HttpServletRequestWrapper(request) {
			@Override
			public Object getAttribute(String name) {
				return (name.equals(CsrfToken.class.getName()) || name.equals("_csrf")) ? stand
						: super.getAttribute(name);
			}
		};
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		try {
			view(locale).render(model, standIn, rendered);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The dashboard's layout could not be rendered", ex);
		}
		return Frame.of(new String(rendered.getContentAsByteArray(), StandardCharsets.UTF_8), this.contentHole,
				this.tokenHole);
	}

	/**
	 * The model with the content as the page's template takes it, a string.
	 */
	private static Map<String, Object> with(Map<String, Object> model, @Nullable String content) {
		Map<String, Object> values = new HashMap<>(model);
		values.put(CONTENT, content);
		return values;
	}

	private View view(Locale locale) throws Exception {
		View view = this.views.resolveViewName(TEMPLATE, locale);
		if (view == null) {
			throw new IllegalStateException("No view for " + TEMPLATE);
		}
		return view;
	}

	/**
	 * What the layout depends on besides the content: the user (its role and name show in
	 * the navigation), the language and where the application is mounted.
	 */
	private record Key(CurrentUser user, Locale locale, String contextPath) {
	}

	/**
	 * The page's text as UTF-8, in pieces each followed by a hole or, for the last, by
	 * nothing.
	 */
	private record Frame(List<Piece> pieces) {

		static Frame of(String page, String contentHole, String tokenHole) {
			List<Piece> pieces = new ArrayList<>();
			Matcher hole = Pattern.compile(Pattern.quote(contentHole) + "|" + Pattern.quote(tokenHole)).matcher(page);
			int from = 0;
			while (hole.find()) {
				pieces.add(new Piece(page.substring(from, hole.start()),
						hole.group().equals(contentHole) ? Hole.CONTENT : Hole.TOKEN));
				from = hole.end();
			}
			pieces.add(new Piece(page.substring(from), null));
			return new Frame(List.copyOf(pieces));
		}

		void send(byte[] content, byte[] token, HttpServletResponse response) throws IOException {
			long length = 0;
			for (Piece piece : this.pieces) {
				length += piece.text().length + piece.hole(content, token).length;
			}
			response.setContentType(MEDIA_TYPE);
			response.setContentLengthLong(length);
			ServletOutputStream out = response.getOutputStream();
			for (Piece piece : this.pieces) {
				write(piece.text(), out);
				write(piece.hole(content, token), out);
			}
		}

		/**
		 * Writes only what has bytes: once the {@code Content-Length} bytes are out, the
		 * container closes the response, and a write after that, even of nothing, fails
		 * and leaves the kept-alive connection without its next answer.
		 */
		private static void write(byte[] bytes, ServletOutputStream out) throws IOException {
			if (bytes.length > 0) {
				out.write(bytes);
			}
		}

	}

	private enum Hole {

		CONTENT, TOKEN

	}

	private record Piece(byte[] text, @Nullable Hole hole) {

		private static final byte[] NOTHING = {};

		Piece(String text, @Nullable Hole hole) {
			this(text.getBytes(StandardCharsets.UTF_8), hole);
		}

		byte[] hole(byte[] content, byte[] token) {
			return (this.hole == null) ? NOTHING : (this.hole == Hole.CONTENT) ? content : token;
		}

	}

}
