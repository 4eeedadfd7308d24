// AgreementKit's own page script: the agreement form (live check and preview, downloads, loading a
// parameter file) and the batch page (upload, column map, check, run with progress). No framework and
// no build step; served by the app itself under a Content-Security-Policy that allows nothing else.
(function () {
  'use strict';

  const $ = (selector, root = document) => root.querySelector(selector);
  const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));
  const csrf = $('meta[name="ak-csrf"]')?.content ?? '';
  const page = JSON.parse($('#ak-page')?.textContent || '{}');
  const T = page.text || {};
  const format = (text, ...values) => String(text).replace(/\{(\d+)\}/g, (_, i) => String(values[Number(i)]));
  const element = (tag, attributes = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === false || value === null || value === undefined) continue;
      if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value === true ? '' : value);
    }
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  };

  async function send(url, options) {
    const headers = Object.assign({ 'X-CSRF-TOKEN': csrf }, options.headers || {});
    const response = await fetch(url, Object.assign({}, options, { headers, credentials: 'same-origin' }));
    let reply = null;
    try { reply = await response.json(); } catch { reply = null; }
    return { ok: response.ok, status: response.status, reply };
  }

  if (document.body.dataset.page === 'agreement') agreementPage();
  if (document.body.dataset.page === 'batch') batchPage();

  // ---------------------------------------------------------------- the agreement page
  function agreementPage() {
    const form = $('#ak-form');
    const status = $('#ak-status');
    const problems = $('#ak-problems');
    const fileReport = $('#ak-file-report');
    const frame = $('#ak-preview');
    const note = $('#ak-preview-note');
    const downloadForm = $('#ak-download');
    const api = `${page.previewApi}?pack=${encodeURIComponent(page.pack)}&locale=${encodeURIComponent(page.locale)}`;
    let ids = 0;
    let timer = 0;
    let controller = null;
    let sequence = 0;
    let running = null;
    let latest = { text: '{}\n', errors: 1 };
    let inputAt = performance.now();

    // Members of a group or list: the [data-kind] elements whose nearest [data-kind] ancestor it is.
    const members = (container) => $$('[data-kind]', container).filter((m) => m.parentElement.closest('[data-kind]') === container);
    const control = (member) => $$(':scope > input, :scope > select, :scope > textarea, :scope > .date-row > input:not(.date-picker)', member)[0];
    const childPath = (path, key) => (/^[^.\s'"/[\]()\\]+$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`);
    const parentPath = (path) => path.replace(/(\.[^.[\]]+|\[\d+\]|\['(?:[^'\\]|\\.)*'\])$/, '');

    function valueOf(member) {
      const input = control(member);
      switch (member.dataset.kind) {
        case 'boolean': return input.checked;
        case 'optional-boolean': return input.value === '' ? undefined : input.value === 'true';
        case 'integer':
        case 'number':
          if (input.validity.badInput) throw new LocalProblem(T.notANumber);
          return input.value === '' ? undefined : Number(input.value);
        case 'choice': {
          if (input.value === '') return undefined;
          const option = input.selectedOptions[0];
          return option && option.dataset.json !== undefined ? JSON.parse(option.dataset.json) : input.value;
        }
        case 'json':
          if (input.value.trim() === '') return undefined;
          try { return JSON.parse(input.value); } catch { throw new LocalProblem(T.badJson); }
        default: return input.value === '' ? undefined : input.value;
      }
    }

    function LocalProblem(message) { this.message = message; }

    function read(member, path, local) {
      member.dataset.path = path;
      const kind = member.dataset.kind;
      if (kind === 'group') {
        const value = readGroup(member, path, local);
        const wanted = Object.keys(value).length > 0 || member.hasAttribute('data-required') || member.hasAttribute('data-show-when');
        return wanted ? value : undefined;
      }
      if (kind === 'list') {
        const items = members(member).map((item, i) => {
          const value = read(item, `${path}[${i}]`, local);
          return value === undefined ? (item.dataset.kind === 'text' ? '' : null) : value;
        });
        return items.length > 0 || member.hasAttribute('data-required') ? items : undefined;
      }
      try {
        return valueOf(member);
      } catch (problem) {
        if (!(problem instanceof LocalProblem)) throw problem;
        local.push({ member, message: problem.message });
        return undefined;
      }
    }

    function readGroup(group, path, local) {
      const value = {};
      for (const member of members(group)) {
        // A field that does not apply (intermediary when the company leads) is not sent at all.
        if (member.hidden) continue;
        const key = member.dataset.key;
        const item = read(member, childPath(path, key), local);
        if (item !== undefined) value[key] = item;
      }
      return value;
    }

    function fieldValue(path) {
      const member = form.querySelector(`[data-path="${CSS.escape(path)}"]`);
      if (!member || member.hidden || ['group', 'list'].includes(member.dataset.kind)) return undefined;
      try { return valueOf(member); } catch { return undefined; }
    }

    function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

    function updateConditions() {
      // Conditions may depend on fields that are themselves conditional: settle in a few rounds.
      for (let round = 0; round < 4; round++) {
        let changed = false;
        for (const member of $$('[data-show-when]', form)) {
          const conditions = JSON.parse(member.dataset.showWhen);
          const show = conditions.some((c) => same(fieldValue(c.when), c.equals));
          if (member.hidden === show) { member.hidden = !show; changed = true; }
        }
        if (!changed) break;
      }
    }

    function collect() {
      updateConditions();
      const local = [];
      const value = readGroup(form, '', local);
      return { text: `${JSON.stringify(value, null, 2)}\n`, local };
    }

    // ---- filling the form (the example at start, a loaded parameter file)
    function fill(member, value) {
      const kind = member.dataset.kind;
      if (kind === 'group') {
        for (const child of members(member)) fill(child, value && typeof value === 'object' && !Array.isArray(value) ? value[child.dataset.key] : undefined);
        return;
      }
      if (kind === 'list') {
        for (const item of $$(':scope > .list-items > .list-item', member)) item.remove();
        if (Array.isArray(value)) for (const item of value) fill(addItem(member), item);
        updateListButtons(member);
        return;
      }
      const input = control(member);
      const text = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
      switch (kind) {
        case 'boolean': input.checked = value === true; break;
        case 'optional-boolean': input.value = value === true ? 'true' : value === false ? 'false' : ''; break;
        case 'integer':
        case 'number': input.value = typeof value === 'number' ? String(value) : ''; break;
        case 'choice': {
          const option = Array.from(input.options).find((o) => (o.dataset.json !== undefined ? o.dataset.json === JSON.stringify(value) : o.value === value && o.value !== ''));
          input.value = option ? option.value : '';
          break;
        }
        case 'json': input.value = value === undefined ? '' : JSON.stringify(value, null, 2); break;
        default:
          input.value = text;
          if (kind === 'date') syncPicker(member);
      }
    }

    function addItem(list) {
      const template = $(':scope > .list-template', list);
      const item = template.content.firstElementChild.cloneNode(true);
      const prefix = `n${++ids}`;
      for (const node of [item, ...$$('*', item)]) {
        for (const name of ['id', 'for', 'aria-describedby', 'aria-labelledby']) {
          if (node.hasAttribute(name)) node.setAttribute(name, node.getAttribute(name).replaceAll('__ID__', prefix));
        }
      }
      $(':scope > .list-items', list).append(item);
      updateListButtons(list);
      return members(list).at(-1);
    }

    function updateListButtons(list) {
      const count = $$(':scope > .list-items > .list-item', list).length;
      const max = Number(list.dataset.max ?? Infinity);
      const min = Number(list.dataset.min ?? 0);
      $(':scope > .add-item', list).disabled = count >= max;
      for (const button of $$(':scope > .list-items > .list-item > .remove-item', list)) button.disabled = count <= min;
    }

    function syncPicker(member) {
      const picker = $('.date-picker', member);
      const text = control(member).value;
      picker.value = /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : '';
    }

    // ---- diagnostics at their fields
    function placeOf(path) {
      for (let p = path; p; p = parentPath(p)) {
        const member = form.querySelector(`[data-path="${CSS.escape(p)}"]`);
        if (member && !member.hidden) return member;
        if (parentPath(p) === p) break;
      }
      return null;
    }

    function showProblems(diagnostics, local) {
      for (const box of $$('.error', form)) { box.hidden = true; box.replaceChildren(); }
      for (const member of $$('.has-error, .has-warning', form)) member.classList.remove('has-error', 'has-warning');
      for (const input of $$('[aria-invalid]', form)) input.removeAttribute('aria-invalid');
      const list = $('ol', problems);
      list.replaceChildren();
      let errors = 0;
      let warnings = 0;
      const mark = (member, severity, code, name, message) => {
        const box = member && $(':scope > .error', member);
        if (!box) return null;
        box.hidden = false;
        box.append(element('span', { class: `problem ${severity}`, 'data-code': code || null }, element('strong', { text: name }), code ? ` ${code} · ` : ' ', message));
        member.classList.add(severity === 'error' ? 'has-error' : 'has-warning');
        const input = control(member);
        if (input && severity === 'error') input.setAttribute('aria-invalid', 'true');
        return member;
      };
      for (const d of diagnostics) {
        if (d.severity === 'error') errors++; else warnings++;
        const member = d.path ? placeOf(d.path) : null;
        mark(member, d.severity, d.code, d.name, d.message);
        const focus = member && (control(member) || member);
        const line = element('li', { class: d.severity }, element('code', { text: d.text }));
        if (focus) line.addEventListener('click', () => { focus.scrollIntoView({ block: 'center' }); focus.focus?.(); });
        list.append(line);
      }
      for (const problem of local) {
        errors++;
        mark(problem.member, 'error', '', problem.message, '');
        list.append(element('li', { class: 'error' }, `${problem.member.dataset.path}: ${problem.message}`));
      }
      problems.hidden = list.children.length === 0;
      for (const button of $$('[data-download]:not([data-download="json"])')) button.disabled = errors > 0;
      status.className = `status ${errors ? 'bad' : 'good'}`;
      status.textContent = (errors ? format(T.problemCount, errors) : T.noProblems) + (warnings ? ` ${format(T.warningCount, warnings)}` : '');
      return errors;
    }

    // ---- the preview frame
    function showPreview(url, follow) {
      return new Promise((resolve) => {
        const old = frame.contentDocument;
        const scroll = old?.scrollingElement?.scrollTop ?? 0;
        const before = new Map();
        if (old && follow) for (const part of old.querySelectorAll('[data-id]')) before.set(part.dataset.id, part.textContent);
        frame.addEventListener('load', () => {
          const doc = frame.contentDocument;
          if (doc?.scrollingElement) doc.scrollingElement.scrollTop = scroll;
          if (before.size > 0) highlight(doc, before);
          resolve();
        }, { once: true });
        frame.src = url;
      });
    }

    // The parts whose text changed light up, and the first is brought into view: the user sees what the edit did.
    function highlight(doc, before) {
      const changed = Array.from(doc.querySelectorAll('[data-id]')).filter((part) => !part.querySelector('[data-id]') && before.get(part.dataset.id) !== part.textContent);
      if (changed.length === 0 || changed.length > 30) return;
      for (const part of changed) {
        part.style.transition = 'background-color 1.2s ease-out';
        part.style.backgroundColor = '#fff1b8';
        setTimeout(() => { part.style.backgroundColor = ''; }, 900);
      }
      const box = changed[0].getBoundingClientRect();
      if (box.top < 0 || box.bottom > frame.clientHeight) changed[0].scrollIntoView({ block: 'center' });
    }

    // ---- checking as the user types
    function changed(delay) {
      document.body.dataset.state = 'dirty';
      inputAt = performance.now();
      clearTimeout(timer);
      timer = setTimeout(() => { check(true); }, delay);
    }

    function check(follow) {
      clearTimeout(timer);
      running = run(follow);
      return running;
    }

    async function run(follow) {
      const { text, local } = collect();
      const mine = ++sequence;
      controller?.abort();
      controller = new AbortController();
      document.body.dataset.state = 'busy';
      status.className = 'status';
      status.textContent = T.checking;
      if (new Blob([text]).size > page.maxBytes) {
        latest = { text, errors: 1 };
        status.className = 'status bad';
        status.textContent = T.fileTooLarge;
        document.body.dataset.state = 'idle';
        return;
      }
      let result;
      try {
        result = await send(api, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text, signal: controller.signal });
      } catch (error) {
        if (error.name === 'AbortError') return;
        result = { ok: false, reply: { error: T.offline } };
      }
      if (mine !== sequence) return;
      if (!result.ok || !result.reply?.diagnostics) {
        latest = { text, errors: 1 };
        status.className = 'status bad';
        status.textContent = result.reply?.error || T.busy;
        for (const button of $$('[data-download]:not([data-download="json"])')) button.disabled = true;
        document.body.dataset.state = 'idle';
        return;
      }
      const errors = showProblems(result.reply.diagnostics, local);
      latest = { text, errors };
      document.body.dataset.checked = String(mine);
      note.hidden = Boolean(result.reply.preview);
      note.textContent = result.reply.preview ? '' : T.previewStale;
      if (result.reply.preview) {
        await showPreview(result.reply.preview, follow);
        if (mine !== sequence) return;
        document.body.dataset.previewed = String(mine);
      }
      document.body.dataset.latency = String(Math.round(performance.now() - inputAt));
      document.body.dataset.state = 'idle';
    }

    form.addEventListener('input', (event) => {
      if (event.target.classList.contains('date-picker')) return;
      const member = event.target.closest('[data-kind]');
      if (member?.dataset.kind === 'date') syncPicker(member);
      changed(event.target.tagName === 'SELECT' || event.target.type === 'checkbox' ? 0 : 250);
    });
    form.addEventListener('change', (event) => {
      if (event.target.classList.contains('date-picker')) {
        const member = event.target.closest('[data-kind]');
        control(member).value = event.target.value;
        changed(0);
      }
    });
    form.addEventListener('click', (event) => {
      const button = event.target.closest('button');
      if (!button) return;
      if (button.classList.contains('add-item')) {
        const list = button.closest('.list');
        const item = addItem(list);
        fill(item, undefined);
        control(item)?.focus();
        changed(0);
      } else if (button.classList.contains('remove-item')) {
        const list = button.closest('.list');
        button.closest('.list-item').remove();
        updateListButtons(list);
        changed(0);
      }
    });
    form.addEventListener('submit', (event) => event.preventDefault());

    for (const button of $$('[data-download]')) {
      button.addEventListener('click', async () => {
        const kind = button.dataset.download;
        // Always the current form: a pending check runs now, and a document waits for its verdict.
        if (document.body.dataset.state !== 'idle' || !running) await check(false);
        else await running;
        if (kind !== 'json' && latest.errors > 0) {
          status.className = 'status bad';
          status.textContent = T.blocked;
          const first = $('.has-error', form);
          if (first) { first.scrollIntoView({ block: 'center' }); control(first)?.focus(); }
          return;
        }
        downloadForm.elements.format.value = kind;
        downloadForm.elements.parameters.value = latest.text;
        downloadForm.submit();
      });
    }

    const loader = $('#ak-load');
    loader.addEventListener('change', async () => {
      const file = loader.files[0];
      loader.value = '';
      if (!file) return;
      const heading = $('h2', fileReport);
      const lines = $('ol', fileReport);
      heading.textContent = format(T.loaded, file.name);
      lines.replaceChildren();
      fileReport.hidden = false;
      if (file.size > page.maxBytes) { lines.append(element('li', { class: 'error', text: T.fileTooLarge })); return; }
      const bytes = await file.arrayBuffer();
      // The file's own bytes are checked, so the messages are those `agreementkit validate` prints for it.
      const result = await send(`${api}&source=${encodeURIComponent(file.name)}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bytes }).catch(() => ({ ok: false, reply: { error: T.offline } }));
      if (result.ok && result.reply?.diagnostics?.length) {
        heading.textContent = `${format(T.loaded, file.name)} · ${T.fileProblems}`;
        for (const d of result.reply.diagnostics) lines.append(element('li', { class: d.severity }, element('code', { text: d.text })));
      } else if (!result.ok) {
        lines.append(element('li', { class: 'error', text: result.reply?.error || T.busy }));
      }
      let parameters;
      try { parameters = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')); } catch { parameters = null; }
      if (!parameters || typeof parameters !== 'object' || Array.isArray(parameters)) {
        lines.append(element('li', { class: 'error', text: T.fileNotObject }));
        return;
      }
      fill(form, parameters);
      await check(false);
    });

    fill(form, JSON.parse($('#ak-initial').textContent || '{}'));
    for (const list of $$('.list', form)) updateListButtons(list);
    check(false);
  }

  // ---------------------------------------------------------------- the batch page
  function batchPage() {
    const uploadForm = $('#b-upload-form');
    const message = $('#b-message');
    const columnsStep = $('#b-columns-step');
    const checkStep = $('#b-check-step');
    const runStep = $('#b-run-step');
    const columns = $('#b-columns tbody');
    const errorsTable = $('#b-errors');
    const progressBar = $('#b-progress');
    const progressText = $('#b-progress-text');
    const zip = $('#b-zip');
    let current = null;
    let shownColumns = '';
    let poll = 0;

    function say(text, details) {
      message.replaceChildren();
      if (!text) { message.hidden = true; return; }
      message.append(element('span', { text }));
      if (details?.length) message.append(element('ul', {}, ...details.map((d) => element('li', {}, element('code', { text: d })))));
      message.hidden = false;
    }

    // Each column is a field or 不使用 (value ''); an ignored column is named by its place and header in the upload.
    function mapping() {
      const map = {};
      const ignored = [];
      for (const select of $$('select[data-header]', columns)) {
        if (select.value) map[select.dataset.header] = select.value;
        else ignored.push({ index: Number(select.dataset.index), header: select.dataset.header });
      }
      return { mapping: map, ignored };
    }

    function markIgnored() {
      const names = [];
      for (const select of $$('select[data-header]', columns)) {
        const row = select.closest('tr');
        const ignored = select.value === '';
        row.classList.toggle('ignored', ignored);
        const flag = $('.flag', row);
        if (flag) flag.hidden = !ignored;
        if (ignored) names.push(select.dataset.header || `#${Number(select.dataset.index) + 1}`);
      }
      const note = $('#b-ignored');
      note.textContent = names.length ? format(T.ignoredNote, names.length, names.join('、')) : '';
      note.hidden = names.length === 0;
    }

    function renderColumns(batch) {
      const key = `${batch.id}|${batch.headers.join('\u0001')}`;
      if (key === shownColumns) return;
      shownColumns = key;
      columns.replaceChildren();
      batch.headers.forEach((header, i) => {
        const select = element('select', { 'data-header': header, 'data-index': String(i), 'aria-label': `${T.field}: ${header}` }, element('option', { value: '', text: T.ignore }));
        for (const field of batch.fields) select.append(element('option', { value: field.path, text: `${field.label}（${field.path}）` }));
        select.value = batch.ignored.includes(i) ? '' : batch.mapping[header] || '';
        select.addEventListener('change', markIgnored);
        const suggestion = batch.suggestions[header];
        const tag = suggestion && suggestion.source !== 'header' ? element('span', { class: 'tag', text: suggestion.source === 'map' ? T.fromMap : T.suggested }) : null;
        // A column nothing matched starts as 不使用 and says so until the user chooses.
        const flag = batch.unmatched.includes(i) ? element('span', { class: 'tag flag', text: T.unmatched }) : null;
        columns.append(element('tr', { class: flag ? 'unmatched' : null }, element('th', { scope: 'row', text: header }), element('td', { text: batch.samples[i] ?? '' }), element('td', {}, select, tag, flag)));
      });
      markIgnored();
    }

    function renderCheck(batch) {
      const check = batch.check;
      const summary = $('#b-check-summary');
      const body = $('tbody', errorsTable);
      body.replaceChildren();
      if (!check) { summary.textContent = ''; errorsTable.hidden = true; $('#b-errors-csv').hidden = true; return; }
      summary.textContent = format(T.checkSummary, check.total, check.passed, check.failed) + (check.warnings ? ` ${format(T.warningCount, check.warnings)}` : '');
      summary.className = `summary ${check.failed ? 'bad' : 'good'}`;
      const labels = new Map(batch.fields.map((f) => [f.path, f.label]));
      const fieldText = (path) => (path && labels.has(path) ? `${labels.get(path)}（${path}）` : path ?? '');
      for (const p of check.problems) {
        body.append(element('tr', { class: p.severity },
          element('td', { text: String(p.row) }), element('td', { text: p.column ?? '' }), element('td', { text: fieldText(p.field) }),
          element('td', {}, element('code', { text: p.code })), element('td', { text: (p.severity === 'warning' ? `${T.warning}：` : '') + p.message })));
      }
      if (check.more) body.append(element('tr', {}, element('td', { colspan: '5', text: `… +${check.more}` })));
      errorsTable.hidden = check.problems.length === 0;
      const csv = $('#b-errors-csv');
      csv.hidden = !check.errorsCsv || check.problems.length === 0;
      if (check.errorsCsv) csv.href = check.errorsCsv;
    }

    function render(batch) {
      clearTimeout(poll);
      current = batch;
      document.body.dataset.batchState = batch ? batch.state : 'none';
      if (!batch) {
        for (const step of [columnsStep, checkStep, runStep]) step.hidden = true;
        shownColumns = '';
        return;
      }
      const busy = batch.state === 'checking' || batch.state === 'running';
      columnsStep.hidden = false;
      checkStep.hidden = false;
      runStep.hidden = false;
      $('#b-file').textContent = `${batch.fileName} · ${batch.pack} · ${batch.locale} · ${batch.formats.join(', ')}${batch.pdfA ? ' (PDF/A)' : ''}`;
      // After a reload the upload form names the batch's pack, not the first in the list.
      if (Array.from($('#b-pack').options).some((o) => o.value === batch.pack)) $('#b-pack').value = batch.pack;
      renderColumns(batch);
      for (const select of $$('select', columns)) select.disabled = busy;
      renderCheck(batch);
      $('#b-check').disabled = busy;
      $('#b-run').disabled = busy;
      $('#b-cancel').hidden = !busy;
      uploadForm.querySelector('button[type="submit"]').disabled = busy;
      const progress = batch.progress;
      progressBar.hidden = !(busy && progress);
      if (progress) {
        progressBar.max = Math.max(progress.total, 1);
        progressBar.value = progress.completed;
      }
      if (batch.state === 'finished' && batch.result) {
        const r = batch.result;
        progressText.textContent = format(T.finished, r.documents, r.failed, r.elapsedSeconds, r.docsPerSecond);
        zip.href = r.zip;
        zip.hidden = false;
        $('#b-restart').hidden = false;
      } else {
        zip.hidden = true;
        $('#b-restart').hidden = true;
        progressText.textContent = busy && progress ? format(T.progress, progress.completed, progress.total, progress.rowsPerSecond, progress.failed) : '';
      }
      if (batch.state === 'failed') say(T.batchFailed, batch.problems);
      if (busy) poll = setTimeout(refresh, 400);
    }

    async function refresh() {
      const result = await send(page.api, { method: 'GET' }).catch(() => null);
      if (!result) { say(T.offline); poll = setTimeout(refresh, 2000); return; }
      if (result.ok) render(result.reply.batch);
    }

    uploadForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      say('');
      const button = uploadForm.querySelector('button[type="submit"]');
      button.disabled = true;
      const result = await send(`${page.api}?locale=${encodeURIComponent(page.locale)}`, { method: 'POST', body: new FormData(uploadForm) }).catch(() => ({ ok: false, reply: { error: T.offline } }));
      button.disabled = false;
      if (!result.ok) { say(result.reply?.error || `HTTP ${result.status}`, result.reply?.details); return; }
      shownColumns = '';
      render(result.reply.batch);
    });

    async function start(action) {
      if (!current) return;
      say('');
      const result = await send(`${page.api}/${current.id}/${action}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(mapping()) })
        .catch(() => ({ ok: false, reply: { error: T.offline } }));
      if (!result.ok) { say(result.reply?.error || `HTTP ${result.status}`, result.reply?.details); return; }
      render(result.reply.batch);
    }

    $('#b-check').addEventListener('click', () => start('check'));
    $('#b-run').addEventListener('click', () => start('run'));
    $('#b-cancel').addEventListener('click', async () => {
      if (!current) return;
      await send(`${page.api}/${current.id}/cancel`, { method: 'POST' }).catch(() => null);
      say(T.cancelled);
      render(null);
    });
    $('#b-restart').addEventListener('click', () => {
      render(null);
      uploadForm.reset();
      uploadForm.scrollIntoView({ block: 'start' });
    });

    // A batch that is running (or done) when the page is opened or reloaded is shown where it stands.
    refresh();
  }
})();
