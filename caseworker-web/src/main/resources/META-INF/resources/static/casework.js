// Progressive enhancement only: every page works without this script.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled')
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported')
}
initAll()

// The fine calculator: as the steps are filled in, ask the server for the breakdown and show it.
// The form still has its "Preview the calculation" button for anyone without JavaScript.
const calculator = document.querySelector('[data-module="casework-calculator"]')
if (calculator) {
  const target = document.getElementById('calculation')
  let timer = null
  let latest = 0
  const refresh = async () => {
    const asked = ++latest
    const body = new URLSearchParams(new FormData(calculator))
    body.delete('action')
    try {
      const response = await fetch('/calculator/preview', {
        method: 'POST',
        body,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
      })
      if (response.ok && asked === latest) {
        target.innerHTML = await response.text()
      }
    } catch (e) {
      // Leave the last breakdown in place; the Preview button still works.
    }
  }
  calculator.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(refresh, 400)
  })
  calculator.addEventListener('change', () => {
    clearTimeout(timer)
    timer = setTimeout(refresh, 100)
  })
}

// Slow actions (issuing a notice renders it and calls two services): once the form is sent, its button
// is disabled against a second press and the wait is announced in the form's live region. Without
// script the form simply posts, and the server acts once whatever is pressed (Idempotency-Key).
const busyForms = document.querySelectorAll('form[data-module="casework-busy"]')
const setBusy = (form, busy) => {
  for (const button of form.querySelectorAll('button[type="submit"]')) {
    button.disabled = busy
    button.toggleAttribute('aria-disabled', busy)
  }
  const status = form.querySelector('[role="status"]')
  if (status) {
    status.textContent = busy ? form.dataset.busyMessage : ''
  }
}
for (const form of busyForms) {
  form.addEventListener('submit', () => setBusy(form, true))
}
// Coming back to the page from the browser's history shows it as it was left: usable again.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) {
    busyForms.forEach((form) => setBusy(form, false))
  }
})
