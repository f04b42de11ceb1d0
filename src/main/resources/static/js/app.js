// Small progressive enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', () => {
	const token = document.querySelector('meta[name="_csrf"]');
	const header = document.querySelector('meta[name="_csrf_header"]');
	if (token && header) {
		document.body.addEventListener('htmx:configRequest', (event) => {
			event.detail.headers[header.content] = token.content;
		});
	}

	// The current page is the nav link with the longest address that starts the path
	// (so /needs/ours marks "Our needs", not also "Needs").
	const current = Array.from(document.querySelectorAll('.nav-link'))
		.filter((link) => link.getAttribute('href') !== '/' && link.getAttribute('href') !== '#' && location.pathname.startsWith(link.getAttribute('href')))
		.sort((a, b) => b.getAttribute('href').length - a.getAttribute('href').length)[0];
	if (current) {
		current.setAttribute('aria-current', 'page');
	}

	document.querySelectorAll('[data-confirm]').forEach((form) => {
		form.addEventListener('submit', (event) => {
			if (!window.confirm(form.dataset.confirm)) {
				event.preventDefault();
			}
		});
	});

	const filter = document.querySelector('[data-tree-filter]');
	if (filter) {
		const tree = document.querySelector(filter.dataset.treeFilter);
		filter.addEventListener('input', () => filterTree(tree, filter.value.trim().toLowerCase()));
	}
});

function filterTree(tree, text) {
	tree.querySelectorAll('li').forEach((item) => item.classList.remove('filtered-out'));
	if (!text) {
		return;
	}
	// Only the item's own words count, not the labels of its links and buttons.
	const matches = (item) => Array.from(item.querySelectorAll(':scope > .tree-entry, :scope > details > summary'))
		.flatMap((entry) => Array.from(entry.querySelectorAll('.tree-head, .tree-desc')))
		.some((part) => part.textContent.toLowerCase().includes(text));
	const visit = (item) => {
		const children = Array.from(item.querySelectorAll(':scope > details > ul > li, :scope > ul > li'));
		const childVisible = children.map(visit).some(Boolean);
		const visible = matches(item) || childVisible;
		item.classList.toggle('filtered-out', !visible);
		const details = item.querySelector(':scope > details');
		if (details && visible) {
			details.open = true;
		}
		return visible;
	};
	tree.querySelectorAll(':scope > li').forEach(visit);
}
