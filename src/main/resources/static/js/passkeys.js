// Passkeys (WebAuthn) with Spring Security's endpoints, as its own spring-security-webauthn.js calls them:
// adding one on My account (/webauthn/register/options, then /webauthn/register) and signing in with one
// after the password (/webauthn/authenticate/options, then /login/webauthn). The addresses and the
// messages come from the page's data attributes; the CSRF token from the layout's meta tags.
(() => {
	const base64url = {
		encode(buffer) {
			const base64 = window.btoa(String.fromCharCode(...new Uint8Array(buffer)));
			return base64.replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
		},
		decode(text) {
			const binary = window.atob(text.replace(/-/g, '+').replace(/_/g, '/'));
			const bytes = new Uint8Array(binary.length);
			for (let i = 0; i < binary.length; i++) {
				bytes[i] = binary.charCodeAt(i);
			}
			return bytes.buffer;
		}
	};

	function post(url, body) {
		const headers = { 'Content-Type': 'application/json' };
		const token = document.querySelector('meta[name="_csrf"]');
		const header = document.querySelector('meta[name="_csrf_header"]');
		if (token && header) {
			headers[header.content] = token.content;
		}
		return fetch(url, { method: 'POST', headers, body: body ? JSON.stringify(body) : undefined, credentials: 'same-origin' });
	}

	// A 403 with a "confirm" address means the password must be given again first (a recent sign-in).
	async function refusal(response) {
		let problem = {};
		try {
			problem = await response.json();
		} catch (ignored) {
			// not a problem detail: the status alone tells
		}
		if (response.status === 403 && problem.confirm) {
			window.location.href = problem.confirm;
			return null;
		}
		return problem.detail || null;
	}

	function say(status, text) {
		status.textContent = text;
		status.hidden = false;
	}

	async function register(form) {
		const data = form.dataset;
		const status = document.getElementById('passkey-status');
		const label = form.querySelector('#passkey-label').value.trim();
		if (!label) {
			say(status, data.labelRequired);
			return;
		}
		const optionsResponse = await post(data.optionsUrl);
		if (!optionsResponse.ok) {
			const detail = await refusal(optionsResponse);
			if (detail !== null || optionsResponse.status !== 403) {
				say(status, detail || data.failed);
			}
			return;
		}
		const options = await optionsResponse.json();
		let created;
		try {
			created = await navigator.credentials.create({
				publicKey: {
					...options,
					user: { ...options.user, id: base64url.decode(options.user.id) },
					challenge: base64url.decode(options.challenge),
					excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: base64url.decode(c.id) }))
				}
			});
		} catch (err) {
			say(status, data.cancelled);
			return;
		}
		const response = created.response;
		const registration = await post(data.registerUrl, {
			publicKey: {
				credential: {
					id: created.id,
					rawId: base64url.encode(created.rawId),
					response: {
						attestationObject: base64url.encode(response.attestationObject),
						clientDataJSON: base64url.encode(response.clientDataJSON),
						transports: response.getTransports ? response.getTransports() : []
					},
					type: created.type,
					clientExtensionResults: created.getClientExtensionResults(),
					authenticatorAttachment: created.authenticatorAttachment
				},
				label
			}
		});
		if (!registration.ok) {
			const detail = await refusal(registration);
			if (detail !== null || registration.status !== 403) {
				say(status, detail || data.failed);
			}
			return;
		}
		window.location.href = data.doneUrl;
	}

	async function authenticate(button) {
		const data = button.dataset;
		const status = document.getElementById('passkey-status');
		const optionsResponse = await post(data.optionsUrl);
		if (!optionsResponse.ok) {
			say(status, data.failed);
			return;
		}
		const options = await optionsResponse.json();
		let assertion;
		try {
			assertion = await navigator.credentials.get({
				publicKey: {
					...options,
					challenge: base64url.decode(options.challenge),
					allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: base64url.decode(c.id) }))
				}
			});
		} catch (err) {
			say(status, data.cancelled);
			return;
		}
		const response = assertion.response;
		const signedIn = await post(data.signInUrl, {
			id: assertion.id,
			rawId: base64url.encode(assertion.rawId),
			response: {
				authenticatorData: base64url.encode(response.authenticatorData),
				clientDataJSON: base64url.encode(response.clientDataJSON),
				signature: base64url.encode(response.signature),
				userHandle: response.userHandle ? base64url.encode(response.userHandle) : undefined
			},
			credType: assertion.type,
			clientExtensionResults: assertion.getClientExtensionResults(),
			authenticatorAttachment: assertion.authenticatorAttachment
		});
		const answer = signedIn.ok ? await signedIn.json() : null;
		if (!answer || !answer.authenticated || !answer.redirectUrl) {
			say(status, data.failed);
			return;
		}
		window.location.href = answer.redirectUrl;
	}

	document.addEventListener('DOMContentLoaded', () => {
		const form = document.getElementById('passkey-add-form');
		if (form) {
			form.addEventListener('submit', (event) => {
				event.preventDefault();
				register(form);
			});
		}
		const button = document.getElementById('passkey-sign-in');
		if (button) {
			button.addEventListener('click', () => authenticate(button));
		}
	});
})();
