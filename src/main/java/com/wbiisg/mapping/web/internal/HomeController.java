package com.wbiisg.mapping.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after sign-in: where to go next.
 */
@Controller
class HomeController {

	static final String VIEW = "home";

	@GetMapping("/")
	String home() {
		return VIEW;
	}

}
