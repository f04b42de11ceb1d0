// Draws the dashboard's charts from the tables beside them, so that a chart and its
// accessible table always show the same data. Runs again after htmx swaps the content.
(() => {
	const charts = [];

	const cells = (table, selector) => Array.from(table.querySelectorAll(selector));

	// A chart that does not move for readers who asked their system for less motion
	// (WCAG 2.3.3); for the others ECharts grows the chart in for about a second.
	const init = (element) => {
		const chart = echarts.init(element);
		const still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
		chart.setOption({ animation: !still });
		return chart;
	};

	const heatmap = (element, table) => {
		const pillars = cells(table, 'thead th[data-label]').map((th) => th.textContent.trim());
		const labels = cells(table, 'thead th[data-label]').map((th) => th.dataset.label);
		const partners = cells(table, 'tbody th[scope="row"]').map((th) => th.textContent.trim());
		const data = cells(table, 'td[data-partner]').map((td) => {
			const needs = Number(td.dataset.needs);
			const value = needs === 0 ? null
				: Math.round(100 * (Number(td.dataset.covered) + 0.5 * Number(td.dataset.partial)) / needs);
			return {
				value: [pillars.indexOf(td.dataset.pillar), partners.indexOf(td.dataset.partner), value],
				needs, covered: td.dataset.covered, partial: td.dataset.partial,
				link: td.querySelector('a') ? td.querySelector('a').getAttribute('href') : null
			};
		});
		const chart = init(element);
		chart.setOption({
			tooltip: {
				formatter: (p) => `${partners[p.value[1]]} · ${labels[p.value[0]]}<br>${p.data.covered} + ${p.data.partial} / ${p.data.needs}`
			},
			grid: { top: 10, left: 50, right: 20, bottom: 60 },
			xAxis: { type: 'category', data: pillars, splitArea: { show: true } },
			yAxis: { type: 'category', data: partners, inverse: true, splitArea: { show: true } },
			visualMap: { min: 0, max: 100, calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
				inRange: { color: ['#f8d7da', '#fff3cd', '#d1e7dd', '#198754'] }, text: ['100%', '0%'] },
			series: [{ type: 'heatmap', data: data.filter((d) => d.value[2] !== null),
				label: { show: true, formatter: (p) => `${p.data.covered}+${p.data.partial}/${p.data.needs}` } }]
		});
		chart.on('click', (p) => {
			if (p.data && p.data.link) {
				if (window.htmx) {
					htmx.ajax('GET', p.data.link, { target: '#drill', swap: 'innerHTML' });
				}
				else {
					window.location.href = p.data.link;
				}
			}
		});
		return chart;
	};

	const status = (element, table) => {
		const statuses = cells(table, 'thead th[data-status]').map((th) => th.textContent.trim());
		const rows = cells(table, 'tbody tr');
		const partners = rows.map((row) => row.querySelector('th').textContent.trim());
		const series = statuses.map((name, i) => ({
			name, type: 'bar', stack: 'needs',
			data: rows.map((row) => Number(row.querySelectorAll('td')[i].textContent))
		}));
		const chart = init(element);
		chart.setOption({
			tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
			grid: { top: 10, left: 40, right: 10, bottom: 75 },
			xAxis: { type: 'category', data: partners }, yAxis: { type: 'value' }, series
		});
		return chart;
	};

	const sankey = (element, table) => {
		const nodes = new Map();
		const links = [];
		const node = (name) => { nodes.set(name, { name }); return name; };
		cells(table, 'tbody tr').forEach((row) => {
			const amount = Number(row.dataset.amount);
			const [funderCode, pillarCode, partnerCode] = Array.from(row.cells).map((cell) => cell.textContent.trim());
			const funder = node(funderCode);
			const pillar = node(`· ${pillarCode} ·`);
			const partner = node(partnerCode === 'REG' ? 'REG' : `${partnerCode} `);
			links.push({ source: funder, target: pillar, value: amount });
			links.push({ source: pillar, target: partner, value: amount });
		});
		const merged = new Map();
		links.forEach((l) => {
			const key = `${l.source}→${l.target}`;
			merged.set(key, { ...l, value: (merged.get(key) ? merged.get(key).value : 0) + l.value });
		});
		const chart = init(element);
		chart.setOption({
			tooltip: { trigger: 'item', valueFormatter: (v) => `EUR ${Math.round(v).toLocaleString('en')}` },
			series: [{ type: 'sankey', data: Array.from(nodes.values()), links: Array.from(merged.values()),
				emphasis: { focus: 'adjacency' }, nodeAlign: 'justify', label: { fontSize: 11 } }]
		});
		return chart;
	};

	const draw = () => {
		charts.splice(0).forEach((chart) => chart.dispose());
		if (!window.echarts) {
			return;
		}
		document.querySelectorAll('[data-chart]').forEach((element) => {
			const table = document.querySelector(element.dataset.source);
			if (!table) {
				return;
			}
			const kind = element.dataset.chart;
			const chart = kind === 'heatmap' ? heatmap(element, table)
				: kind === 'status' ? status(element, table) : sankey(element, table);
			charts.push(chart);
		});
	};

	document.addEventListener('DOMContentLoaded', draw);
	document.addEventListener('htmx:afterSettle', (event) => {
		if (event.target && event.target.id === 'dashboard-content') {
			draw();
		}
	});
	window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));
})();
