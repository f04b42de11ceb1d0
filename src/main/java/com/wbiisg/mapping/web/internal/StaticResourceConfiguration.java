package com.wbiisg.mapping.web.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links to static resources. Pages address the WebJars without their version
 * ({@code @{/webjars/bootstrap/css/bootstrap.min.css}}) and get the versioned address,
 * which browsers may cache. Spring's filter for this looks every link of a page up in the
 * static resource locations inside the jar ({@code @{/needs/17}} too), which cost most of
 * the time of rendering a page full of links; this one looks up only links under
 * {@code /webjars/}, and Spring's stays off.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration {

	static final String WEBJARS = "/webjars/";

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	FilterRegistrationBean<WebJarLinks> webJarLinks(@Qualifier("mvcResourceUrlProvider") ResourceUrlProvider urls) {
		return new FilterRegistrationBean<>(new WebJarLinks(urls));
	}

	static final class WebJarLinks extends OncePerRequestFilter {

		private final ResourceUrlProvider urls;

		WebJarLinks(ResourceUrlProvider urls) {
			this.urls = urls;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(request, new HttpServletResponseWrapper(response) {
				@Override
				public String encodeURL(String url) {
					if (url.startsWith(request.getContextPath() + WEBJARS)) {
						String versioned = WebJarLinks.this.urls.getForRequestUrl(request, url);
						if (versioned != null) {
							return super.encodeURL(versioned);
						}
					}
					return super.encodeURL(url);
				}
			});
		}

	}

}
