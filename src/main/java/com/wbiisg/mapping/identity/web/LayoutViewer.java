package com.wbiisg.mapping.identity.web;

import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What the page layout needs to know of the signed-in user, read once per page as
 * {@code ${@layoutViewer.current()}}: whether someone is signed in, with which role, and
 * under which name. The layout shows the menus each role may use from these flags instead
 * of evaluating a security expression per menu entry, which cost every page a dozen
 * expression evaluations (the server still enforces every rule).
 */
@Component("layoutViewer")
public class LayoutViewer {

	private static final Viewer ANONYMOUS = new Viewer(false, null, "");

	public Viewer current() {
		return CurrentUser.get().map((user) -> new Viewer(true, user.role(), user.username())).orElse(ANONYMOUS);
	}

	/**
	 * The signed-in user as the layout shows it; {@code role} is null when nobody is
	 * signed in.
	 */
	public record Viewer(boolean signedIn, @Nullable Role role, String name) {

		/**
		 * A member reads members-only data (DESIGN.md §2); observers do not.
		 */
		public boolean isMember() {
			return this.signedIn && this.role != Role.OBSERVER;
		}

		public boolean isSecretariat() {
			return this.role == Role.SECRETARIAT;
		}

		public boolean isBoard() {
			return this.role == Role.BOARD;
		}

		public boolean isBeneficiary() {
			return this.role == Role.BENEFICIARY_FOCAL_POINT;
		}

		public boolean isPartner() {
			return this.role == Role.PARTNER_FOCAL_POINT;
		}

	}

}
