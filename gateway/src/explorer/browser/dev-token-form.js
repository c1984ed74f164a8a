/* global document, fetch */
// The toolbar's form: POST /dev/token for the chosen demo customer, then shows the header to paste.
(function tokenForm() {
  const form = document.getElementById('dev-token-form');
  if (form === null) return;
  const customers = JSON.parse(document.getElementById('demo-customers').textContent);
  const output = document.getElementById('dev-token-header');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const customer = customers[Number(form.elements.customer.value)];
    const response = await fetch('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(customer) });
    const body = await response.json();
    output.value = response.ok ? `Authorization: Bearer ${body.token}` : body.errors.map((error) => error.message).join('; ');
    output.select();
  });
})();
