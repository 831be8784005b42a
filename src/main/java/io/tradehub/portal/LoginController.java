package io.tradehub.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's own sign-in page; Spring Security checks the posted form.
 */
@Controller
class LoginController {

	static final String VIEW = "portal/login";

	@GetMapping("/login")
	String login() {
		return VIEW;
	}

}
