// Builds DOM nodes from data. Text always goes through textContent, never innerHTML, so
// nothing a user typed can become markup.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name === 'text') node.textContent = value;
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function show(...nodes) {
  const main = document.getElementById('main');
  main.replaceChildren(...nodes);
  main.focus({ preventScroll: true });
}

/** A message box for errors (role=alert, read out by screen readers) or notices. */
export function message(text, kind = 'error') {
  return el('p', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status', text });
}

/** Shows an ApiError's field messages beside their inputs, and its detail at the top. */
export function showErrors(form, error, t) {
  form.querySelectorAll('.field-error').forEach((n) => n.remove());
  form.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
  const box = form.querySelector('.form-message');
  box.replaceChildren(message(error.status === 0 ? t('error.offline') : error.message));
  for (const { field, message: text } of error.fieldErrors || []) {
    const input = form.querySelector(`[name="${CSS.escape(field)}"]`);
    if (!input) continue;
    input.setAttribute('aria-invalid', 'true');
    const holder = input.closest('label, fieldset');
    // the server names the field by its API name ('name'): beside the field, say its label
    const label = (holder?.tagName === 'LABEL' ? holder.firstChild?.textContent : holder?.querySelector('legend')?.textContent)?.trim();
    holder?.append(el('span', { class: 'field-error', text: label ? text.split(`'${field}'`).join(`'${label}'`) : text }));
  }
}
