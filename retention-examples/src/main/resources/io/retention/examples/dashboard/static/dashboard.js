// The dashboard's pages: each reads the JSON API and draws with Chart.js (served from its WebJar).
'use strict';

const COLOURS = ['#2f6db5', '#d9822b', '#3a9d5d', '#b5405a', '#7a5cc0', '#8c6d31', '#3aa6b8', '#6b7785'];

function el(id) { return document.getElementById(id); }

function text(tag, value, cls) {
  const e = document.createElement(tag);
  e.textContent = value;
  if (cls) { e.className = cls; }
  return e;
}

function pct(v) { return v === null || v === undefined ? 'n/a' : (100 * v).toFixed(1) + '%'; }

function num(v, digits) { return v === null || v === undefined ? 'n/a' : Number(v).toFixed(digits); }

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json();
  if (!response.ok) {
    const error = new Error(body.error || ('HTTP ' + response.status));
    error.field = body.field;
    throw error;
  }
  return body;
}

function status(message) { el('status').textContent = message; }

function ready() { document.body.dataset.ready = 'true'; }

function bar(canvas, labels, datasets, options) {
  return new Chart(el(canvas), {
    type: 'bar',
    data: { labels: labels, datasets: datasets },
    options: Object.assign({ animation: false, responsive: true }, options || {})
  });
}

// Segmentation insights ---------------------------------------------------------------------------

async function segmentsPage() {
  const s = await api('/api/summary');
  const segments = s.segmentation.segments;
  const names = segments.map(g => g.name);
  bar('segment-sizes', names, [{ label: 'customers', data: segments.map(g => g.customers), backgroundColor: COLOURS[0] }]);
  bar('segment-churn', names, [{ label: 'churn rate (%)', data: segments.map(g => g.churnRate === null ? null : 100 * g.churnRate), backgroundColor: COLOURS[1] }]);
  const labels = s.rfm.labels;
  bar('rfm-labels', labels.map(l => l.label), [
    { label: 'customers', data: labels.map(l => l.customers), backgroundColor: COLOURS[0], yAxisID: 'y' },
    { label: 'churn rate (%)', data: labels.map(l => l.churnRate === null ? null : 100 * l.churnRate), backgroundColor: COLOURS[1], yAxisID: 'y1' }
  ], { scales: { y: { position: 'left' }, y1: { position: 'right', grid: { drawOnChartArea: false } } } });
  bar('drivers', s.globalDrivers.map(d => d.feature + ' (' + d.direction + ')'),
      [{ label: 'mean |SHAP|', data: s.globalDrivers.map(d => d.meanAbsContribution), backgroundColor: COLOURS[2] }],
      { indexAxis: 'y' });

  const features = s.segmentation.features;
  const profiles = el('segment-profiles');
  const head = document.createElement('tr');
  ['Segment', 'Customers', 'Churn rate'].concat(features, ['Naming rule']).forEach(h => head.appendChild(text('th', h)));
  profiles.appendChild(head);
  segments.forEach(g => {
    const tr = document.createElement('tr');
    tr.appendChild(text('td', g.name));
    tr.appendChild(text('td', g.customers.toLocaleString('en')));
    tr.appendChild(text('td', pct(g.churnRate)));
    features.forEach(f => tr.appendChild(text('td', num(g.profile[f], 2))));
    tr.appendChild(text('td', g.rule || 'not recorded', 'rule'));
    profiles.appendChild(tr);
  });

  const grid = el('rfm-grid');
  const top = document.createElement('tr');
  top.appendChild(text('th', 'R \\ F'));
  [1, 2, 3, 4, 5].forEach(f => top.appendChild(text('th', 'F' + f)));
  grid.appendChild(top);
  [5, 4, 3, 2, 1].forEach(r => {
    const tr = document.createElement('tr');
    tr.appendChild(text('th', 'R' + r));
    [1, 2, 3, 4, 5].forEach(f => {
      const cell = s.rfm.grid.find(c => c.recency === r && c.frequency === f);
      tr.appendChild(text('td', cell ? cell.customers.toLocaleString('en') + ' · ' + pct(cell.churnRate) : ''));
    });
    grid.appendChild(tr);
  });
  status(s.data.customers.toLocaleString('en') + ' customers, ' + s.segmentation.k + ' segments chosen by ' + s.segmentation.criterion + '.');
}

// Churn prediction --------------------------------------------------------------------------------

let waterfallChart = null;

function showPrediction(p, plan) {
  el('predict-error').textContent = '';
  el('result').hidden = false;
  el('result-customer').textContent = p.customerId;
  el('result-probability').textContent = pct(p.probability);
  el('result-risk').textContent = p.risk;
  el('result-risk').className = 'risk-' + p.risk;
  el('result-segment').textContent = p.segment;
  el('result-rfm').textContent = p.rfm.label + ' (R' + p.rfm.recencyScore + ' F' + p.rfm.frequencyScore + ' M' + p.rfm.monetaryScore + ')';
  el('result-plan').textContent = plan ? ('rank ' + plan.rank + ': ' + plan.action + ' — ' + plan.actionDescription) : 'not in the plan';
  const reasons = el('reasons');
  reasons.replaceChildren();
  p.reasons.forEach(r => reasons.appendChild(text('li', r)));
  const w = p.explanation;
  if (waterfallChart) { waterfallChart.destroy(); waterfallChart = null; }
  if (w.space === 'none') {
    el('waterfall-caption').textContent = 'This model cannot be explained.';
    return;
  }
  const shown = w.steps.slice(0, 10);
  const rest = w.steps.slice(10).reduce((sum, s) => sum + s.contribution, 0);
  const labels = ['base value'];
  const data = [[0, w.baseValue]];
  const colours = ['#6b7785'];
  let at = w.baseValue;
  shown.forEach(s => {
    labels.push(s.attribute + ' = ' + s.value);
    data.push([at, at + s.contribution]);
    colours.push(s.contribution > 0 ? '#b5405a' : '#3a9d5d');
    at += s.contribution;
  });
  if (w.steps.length > 10) {
    labels.push((w.steps.length - 10) + ' other attributes');
    data.push([at, at + rest]);
    colours.push(rest > 0 ? '#b5405a' : '#3a9d5d');
    at += rest;
  }
  labels.push('prediction');
  data.push([0, w.prediction]);
  colours.push('#2f6db5');
  el('waterfall-caption').textContent = 'SHAP waterfall in ' + w.unit + (w.calibrated ? ' (before calibration)' : '');
  waterfallChart = bar('waterfall', labels, [{ label: w.unit, data: data, backgroundColor: colours }],
      { indexAxis: 'y', plugins: { legend: { display: false } } });
}

function showError(message) {
  el('predict-error').textContent = message;
}

function checkField(f, raw) {
  if (raw === '') { return f.name + ' is required'; }
  if (f.kind === 'numeric') {
    const v = Number(raw);
    if (!Number.isFinite(v)) { return f.name + ' must be a number, got \'' + raw + '\''; }
    if (f.min !== null && v < f.min) { return f.name + ' cannot be below ' + f.min + ', got ' + raw; }
    if (f.max !== null && v > f.max) { return f.name + ' cannot be above ' + f.max + ' (implausible), got ' + raw; }
  } else if (!f.levels.includes(raw)) {
    return f.name + ' must be one of ' + f.levels.join(', ');
  }
  return null;
}

async function predictPage() {
  const meta = await api('/api/meta');
  const top = await api('/api/plans?limit=3');
  const examples = el('example-ids');
  top.rows.forEach((r, i) => {
    const a = text('a', r.customerId);
    a.href = '#';
    a.className = 'example-id';
    a.addEventListener('click', ev => { ev.preventDefault(); el('lookup-id').value = r.customerId; lookup(); });
    if (i > 0) { examples.appendChild(document.createTextNode(', ')); }
    examples.appendChild(a);
  });
  const fields = el('form-fields');
  meta.form.forEach(f => {
    const label = text('label', f.name);
    let input;
    if (f.kind === 'numeric') {
      input = document.createElement('input');
      input.type = 'number';
      input.step = 'any';
      if (f.min !== null) { input.min = f.min; }
      if (f.max !== null) { input.max = f.max; }
      input.value = f.example;
    } else {
      input = document.createElement('select');
      f.levels.forEach(l => input.appendChild(text('option', l)));
      input.value = f.example;
    }
    input.id = 'field-' + f.name;
    input.name = f.name;
    label.appendChild(input);
    fields.appendChild(label);
  });
  async function lookup() {
    const id = el('lookup-id').value.trim();
    if (id === '') { showError('Enter a customer id.'); return; }
    try {
      const c = await api('/api/customers/' + encodeURIComponent(id));
      showPrediction(c.prediction, c.plan.length ? c.plan[0] : null);
    } catch (e) {
      el('result').hidden = true;
      showError(e.message);
    }
  }
  el('lookup-form').addEventListener('submit', ev => { ev.preventDefault(); lookup(); });
  el('attributes-form').addEventListener('submit', async ev => {
    ev.preventDefault();
    const body = {};
    for (const f of meta.form) {
      const raw = el('field-' + f.name).value.trim();
      const problem = checkField(f, raw);
      if (problem) {
        el('result').hidden = true;
        showError(problem);
        el('field-' + f.name).focus();
        return;
      }
      body[f.name] = f.kind === 'numeric' ? Number(raw) : raw;
    }
    try {
      const p = await api('/api/predict', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      showPrediction(p, null);
    } catch (e) {
      el('result').hidden = true;
      showError(e.message);
    }
  });
  status('Model: ' + meta.model);
}

// Retention actions -------------------------------------------------------------------------------

async function actionsPage() {
  const meta = await api('/api/meta');
  const risks = el('filter-risk');
  meta.risks.forEach(r => {
    const label = text('label', ' ' + r);
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = r;
    box.id = 'filter-risk-' + r;
    label.prepend(box);
    risks.appendChild(label);
  });
  meta.segments.forEach(s => el('filter-segment').appendChild(text('option', s)));
  meta.rfmLabels.forEach(s => el('filter-rfm').appendChild(text('option', s)));
  let offset = 0;
  const limit = 100;
  function filterQuery() {
    const q = new URLSearchParams();
    risks.querySelectorAll('input:checked').forEach(b => q.append('risk', b.value));
    Array.from(el('filter-segment').selectedOptions).forEach(o => q.append('segment', o.value));
    Array.from(el('filter-rfm').selectedOptions).forEach(o => q.append('rfm', o.value));
    return q;
  }
  async function load() {
    const q = filterQuery();
    el('download-csv').href = '/api/plans.csv' + (q.toString() ? '?' + q : '');
    q.append('offset', offset);
    q.append('limit', limit);
    const page = await api('/api/plans?' + q);
    const body = el('plan-rows').tBodies[0];
    body.replaceChildren();
    page.rows.forEach(r => {
      const tr = document.createElement('tr');
      [r.rank, r.customerId, pct(r.churnProbability), r.risk, num(r.clv, 2), num(r.expectedLoss, 2), num(r.priority, 2),
        r.segment, r.rfmLabel, r.action, r.topDrivers.join('; ')].forEach((v, i) => tr.appendChild(text('td', v, i === 3 ? 'risk-' + v : null)));
      body.appendChild(tr);
    });
    const last = Math.min(page.total, offset + page.rows.length);
    el('plan-total').textContent = page.total.toLocaleString('en') + ' customers match; showing ' + (page.rows.length ? offset + 1 : 0) + '–' + last;
    el('prev-page').disabled = offset === 0;
    el('next-page').disabled = last >= page.total;
    document.body.dataset.loaded = String(Date.now());
  }
  el('filters').addEventListener('submit', ev => { ev.preventDefault(); offset = 0; load(); });
  el('prev-page').addEventListener('click', () => { offset = Math.max(0, offset - limit); load(); });
  el('next-page').addEventListener('click', () => { offset += limit; load(); });
  await load();
  status(meta.plans.toLocaleString('en') + ' customers in the plan, highest priority first.');
}

// Content insights --------------------------------------------------------------------------------

async function contentPage() {
  const s = await api('/api/summary');
  const c = s.content;
  if (c.genres.length === 0 && c.typeByYear.length === 0) { el('content-empty').hidden = false; }
  bar('genres', c.genres.map(g => g.genre), [{ label: 'titles', data: c.genres.map(g => g.titles), backgroundColor: COLOURS[0] }]);
  new Chart(el('type-by-year'), {
    type: 'line',
    data: {
      labels: c.typeByYear.map(y => y.year),
      datasets: [
        { label: 'movies', data: c.typeByYear.map(y => y.movies), borderColor: COLOURS[0], backgroundColor: COLOURS[0] },
        { label: 'TV shows', data: c.typeByYear.map(y => y.tvShows), borderColor: COLOURS[1], backgroundColor: COLOURS[1] }
      ]
    },
    options: { animation: false, responsive: true }
  });
  bar('churn-by-genre', c.churnByFavouriteGenre.map(g => g.label),
      [{ label: 'churn rate (%)', data: c.churnByFavouriteGenre.map(g => g.churnRate === null ? null : 100 * g.churnRate), backgroundColor: COLOURS[3] }]);
  status(s.data.titles.toLocaleString('en') + ' titles, ' + s.data.events.toLocaleString('en') + ' viewing events.');
}

const PAGES = { segments: segmentsPage, predict: predictPage, actions: actionsPage, content: contentPage };

// What a folder of the step commands lacks, one line per part, under the page's status line.
async function showMissing() {
  const meta = await api('/api/meta');
  if (meta.missing.length === 0) { return; }
  const list = document.createElement('ul');
  list.id = 'missing';
  list.className = 'note';
  meta.missing.forEach(line => list.appendChild(text('li', line)));
  el('status').after(list);
}

document.addEventListener('DOMContentLoaded', () => {
  PAGES[document.body.dataset.page]()
    .then(showMissing)
    .then(ready, e => { status('Could not load: ' + e.message); ready(); });
});
