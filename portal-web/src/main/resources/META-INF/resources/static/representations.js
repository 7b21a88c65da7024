// Making representations, enhanced. Without this script the form works as it is served: one page with a
// declaration, sent by the browser. With it, the form becomes the GOV.UK pattern: the answers, then "Check your
// answers before sending" (with links to change each), then the upload with its progress. Files are checked for
// kind, number and size before anything is sent, with the server's own words; the portal and representation-service
// still check everything again. Nothing here holds the answers anywhere but in the page itself.

const form = document.getElementById('representation-form');

if (form) {
  const heading = document.getElementById('heading');
  const intro = document.getElementById('intro');
  const answersStep = document.getElementById('answers-step');
  const checkStep = document.getElementById('check-step');
  const checkList = document.getElementById('check-answers');
  const declaration = document.getElementById('declaration').closest('.govuk-form-group');
  const statement = document.getElementById('statement');
  const files = document.getElementById('files');
  const upload = document.getElementById('upload');
  const progress = document.getElementById('upload-progress');
  const status = document.getElementById('upload-status');
  const button = document.getElementById('send');
  const limits = {
    statement: Number(form.dataset.maxStatement),
    files: Number(form.dataset.maxFiles),
    file: Number(form.dataset.maxFile),
    all: Number(form.dataset.maxAll),
    kinds: form.dataset.kinds.split(',').map((k) => k.replace('.', '')),
  };
  const firstTitle = document.title;
  const firstHeading = heading.textContent;
  let step = 'answers';
  let sending = false;
  let sendNatively = false;

  // the server's way of writing sizes (GovukFormats.fileSize), so the limits read the same everywhere
  const size = (n) => {
    if (n < 1024) return `${n} bytes`;
    if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
    return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  };

  const problems = () => {
    const found = [];
    const text = statement.value;
    if (text.trim() === '') {
      found.push(['statement', 'Enter your representations']);
    } else if (text.length > limits.statement) {
      found.push(['statement', `Your representations must be ${limits.statement.toLocaleString('en-GB')} characters or fewer`]);
    }
    const chosen = Array.from(files.files).filter((f) => f.size > 0);
    if (chosen.length > limits.files) {
      found.push(['files', `Choose ${limits.files} files or fewer`]);
    }
    let all = 0;
    for (const f of chosen) {
      const kind = f.name.includes('.') ? f.name.substring(f.name.lastIndexOf('.') + 1).toLowerCase() : '';
      if (!limits.kinds.includes(kind)) {
        found.push(['files', `${f.name} must be a PDF, Word (DOCX), Excel (XLSX), PNG, JPEG or text file`]);
      } else if (f.size > limits.file) {
        found.push(['files', `${f.name} must be smaller than ${size(limits.file)}`]);
      }
      all += f.size;
    }
    if (all > limits.all) {
      found.push(['files', `The files together must be smaller than ${size(limits.all)}`]);
    }
    return found;
  };

  const clearErrors = () => {
    document.querySelectorAll('.govuk-error-summary').forEach((e) => e.remove());
    form.querySelectorAll('.js-error').forEach((e) => e.remove());
    form.querySelectorAll('.govuk-form-group--error').forEach((g) => g.classList.remove('govuk-form-group--error'));
    document.title = document.title.replace(/^Error: /, '');
  };

  // errors as the server shows them: a summary linking to each field, and the message beside the field
  const showErrors = (found) => {
    clearErrors();
    const summary = document.createElement('div');
    summary.className = 'govuk-error-summary';
    summary.tabIndex = -1;
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    const title = document.createElement('h2');
    title.className = 'govuk-error-summary__title';
    title.textContent = 'There is a problem';
    const list = document.createElement('ul');
    list.className = 'govuk-list govuk-error-summary__list';
    for (const [field, message] of found) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${field}`;
      link.textContent = message;
      item.append(link);
      list.append(item);
      const input = document.getElementById(field);
      const group = input.closest('.govuk-form-group');
      group.classList.add('govuk-form-group--error');
      const error = document.createElement('p');
      error.className = 'govuk-error-message js-error';
      const hidden = document.createElement('span');
      hidden.className = 'govuk-visually-hidden';
      hidden.textContent = 'Error:';
      error.append(hidden, ` ${message}`);
      input.before(error);
    }
    const body = document.createElement('div');
    body.className = 'govuk-error-summary__body';
    body.append(list);
    alert.append(title, body);
    summary.append(alert);
    heading.parentElement.prepend(summary);
    document.title = `Error: ${document.title}`;
    summary.focus();
  };

  const row = (key, value, field) => {
    const div = document.createElement('div');
    div.className = 'govuk-summary-list__row';
    const dt = document.createElement('dt');
    dt.className = 'govuk-summary-list__key';
    dt.textContent = key;
    const dd = document.createElement('dd');
    dd.className = 'govuk-summary-list__value';
    dd.append(value);
    const actions = document.createElement('dd');
    actions.className = 'govuk-summary-list__actions';
    const change = document.createElement('a');
    change.className = 'govuk-link';
    change.href = `#${field}`;
    change.id = `change-${field}`;
    change.append('Change');
    const what = document.createElement('span');
    what.className = 'govuk-visually-hidden';
    what.textContent = ` ${key.toLowerCase()}`;
    change.append(what);
    change.addEventListener('click', (event) => {
      event.preventDefault();
      showAnswers(field);
    });
    actions.append(change);
    div.append(dt, dd, actions);
    return div;
  };

  const showCheck = () => {
    checkList.replaceChildren();
    const text = document.createElement('p');
    text.className = 'govuk-body portal-statement';
    text.textContent = statement.value;
    checkList.append(row('Your representations', text, 'statement'));
    const chosen = Array.from(files.files).filter((f) => f.size > 0);
    let evidence;
    if (chosen.length === 0) {
      evidence = document.createTextNode('No files');
    } else {
      evidence = document.createElement('ul');
      evidence.className = 'govuk-list';
      for (const f of chosen) {
        const item = document.createElement('li');
        item.textContent = `${f.name} (${size(f.size)})`;
        evidence.append(item);
      }
    }
    checkList.append(row('Evidence', evidence, 'files'));
    answersStep.hidden = true;
    intro.hidden = true;
    checkStep.hidden = false;
    declaration.hidden = false;
    heading.textContent = 'Check your answers before sending';
    document.title = firstTitle.replace(firstHeading, 'Check your answers');
    button.textContent = 'Send representations';
    step = 'check';
    heading.focus();
  };

  const showAnswers = (field) => {
    clearErrors();
    answersStep.hidden = false;
    intro.hidden = false;
    checkStep.hidden = true;
    declaration.hidden = true;
    heading.textContent = firstHeading;
    document.title = firstTitle.replace(/^Error: /, '');
    button.textContent = 'Continue';
    step = 'answers';
    if (field) document.getElementById(field).focus();
  };

  // the upload, with its progress; the answer is a page (the confirmation, or the form with the server's errors)
  const send = () => {
    sending = true;
    button.disabled = true;
    button.setAttribute('aria-disabled', 'true');
    upload.hidden = false;
    let said = -10;
    const request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) {
        const percent = Math.round((event.loaded / event.total) * 100);
        progress.value = percent;
        // spoken in steps of a tenth, not at every event
        if (Math.floor(percent / 10) !== Math.floor(said / 10)) {
          said = percent;
          status.textContent = `${percent}% sent (${size(event.loaded)} of ${size(event.total)})`;
        }
      }
    });
    request.upload.addEventListener('load', () => {
      progress.value = 100;
      status.textContent = 'Sent. Waiting for the Information Commissioner\'s Office to confirm receipt.';
    });
    // The answer is shown as it came (the request already followed the redirect to the confirmation, so asking
    // for it again would read the representation twice), at the address it came from.
    request.addEventListener('load', () => {
      const address = request.responseURL;
      document.open();
      document.write(request.responseText);
      document.close();
      if (address && address !== window.location.href) {
        window.history.replaceState(null, '', address);
      }
    });
    request.addEventListener('error', () => {
      // no answer (the connection, or a sign-in that has expired and sends the browser elsewhere): say so, and let
      // the next press send the form as a plain browser submission, which follows a sign-in if one is needed
      sending = false;
      sendNatively = true;
      button.disabled = false;
      button.removeAttribute('aria-disabled');
      upload.hidden = true;
      showErrors([['declaration', 'Your representations could not be sent. Check your connection and press Send representations again']]);
    });
    request.send(new FormData(form));
  };

  form.addEventListener('submit', (event) => {
    if (sendNatively) return;
    event.preventDefault();
    if (sending) return;
    if (step === 'answers') {
      const found = problems();
      if (found.length > 0) {
        showErrors(found);
      } else {
        clearErrors();
        showCheck();
      }
    } else if (!document.getElementById('declaration').checked) {
      showErrors([['declaration', 'Confirm that you are making these representations for your organisation']]);
    } else {
      clearErrors();
      send();
    }
  });

  // a form refused by the server comes back with its errors; its statement is kept but its files are not
  declaration.hidden = true;
  button.textContent = 'Continue';
  if (document.querySelector('.govuk-form-group--error #declaration')) {
    declaration.hidden = false;
  }
}
