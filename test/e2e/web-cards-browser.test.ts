import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from '@bank/testing';
import type { Page } from 'playwright-core';
import { DEMO_CUSTOMERS } from '../../gateway/src/dev/demo-customers';
import { seedDemo } from '../../gateway/src/dev/seed';
import { SimulateCardAuthorizationDocument } from '../../schema/operations/generated/graphql';
import { offlineBrowser, type OfflineBrowser } from './browser';
import { startStack, type Stack } from './stack';
import { buildAndServeWebApp, consoleErrorsOf, seriousAccessibilityViolations, type WebApp } from './web-app';

const RESULTS = join(__dirname, '../../.infra/results');
const ANA = { ...DEMO_CUSTOMERS.ana };
const MARKET = { name: 'Mercado do Bairro', mcc: '5411', city: 'São Paulo', country: 'BR' };

describe('the cards screen in Chromium, against the real stack', () => {
  let stack: Stack;
  let web: WebApp;
  let browser: OfflineBrowser;
  const consoleErrors: string[][] = [];

  async function signedInAsAna(): Promise<Page> {
    const page = await browser.context.newPage();
    consoleErrors.push(consoleErrorsOf(page));
    await page.addInitScript(() => sessionStorage.clear());
    await page.goto(web.origin);
    await page.getByRole('button', { name: `Entrar como ${ANA.name}` }).click();
    await page.getByRole('heading', { name: 'Início', level: 1 }).waitFor();
    return page;
  }

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    web = await buildAndServeWebApp();
    stack = await startStack({ corsOrigins: [web.origin], subgraphTimeoutMs: 5_000 });
    web.useGateway(stack.gateway.url);
    await seedDemo(new URL(stack.gateway.url).origin);
    browser = await offlineBrowser({ route: false });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    web?.close();
  });
  afterEach(() => expect(consoleErrors.flat()).toEqual([]));

  it('issues a virtual card, reveals it, blocks it, and shows the sandbox authorization that then declines, live', async () => {
    const page = await signedInAsAna();
    await page.getByRole('link', { name: 'Cartões' }).click();
    await page.getByRole('heading', { name: 'Cartões', level: 1 }).waitFor();

    // A credit limit that is not an amount is refused beside its field, before any request.
    await page.getByLabel('Tipo').selectOption('CREDIT');
    await page.getByLabel('Limite de crédito (R$)').fill('muito');
    await page.getByRole('button', { name: 'Emitir cartão virtual' }).click();
    await page
      .locator('.field--invalid')
      .filter({ has: page.getByLabel('Limite de crédito (R$)') })
      .getByText('Informe um valor em reais')
      .waitFor();

    await page.getByLabel('Tipo').selectOption('DEBIT');
    await page.getByLabel('Apelido (opcional)').fill('Compras online');
    await page.getByRole('button', { name: 'Emitir cartão virtual' }).click();
    await page.getByRole('heading', { name: 'Compras online · Débito' }).waitFor();
    const card = page.getByRole('article', { name: /^Cartão •••• \d{4}$/ });
    expect(await card.getByTestId('card-status').innerText()).toBe('Ativo');
    await card.getByText('Nenhuma transação ainda.').waitFor();

    await card.getByRole('button', { name: 'Ver dados do cartão' }).click();
    await eventually(async () => expect(await card.getByTestId('card-number').innerText()).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/));
    const number = (await card.getByTestId('card-number').innerText()).replace(/ /g, '');
    const cvv = await card.getByTestId('card-cvv').innerText();
    const expiry = await card.getByTestId('card-expiry').innerText();
    expect(expiry).toMatch(/^\d{2}\/\d{2}$/);

    // The switch turns once the API has blocked the card.
    await card.getByRole('switch', { name: 'Bloquear temporariamente' }).click();
    await eventually(async () => expect(await card.getByTestId('card-status').innerText()).toBe('Bloqueado'));

    const { data } = await stack.run(ANA, SimulateCardAuthorizationDocument, {
      input: { number, cvv, expiry, amount: '25.00', merchant: MARKET },
      idempotencyKey: `web-cards-${Date.now()}`,
    });
    expect(data?.simulateCardAuthorization.authorization).toMatchObject({ status: 'DECLINED', declineReason: 'CARD_BLOCKED', responseCode: '62' });
    // No reload: the card's live feed brings the decision to the screen.
    await card.getByRole('row').filter({ hasText: MARKET.name }).getByText('Recusada: cartão bloqueado').waitFor();
    await card.getByRole('button', { name: 'Ocultar dados' }).click();
    await page.screenshot({ path: join(RESULTS, 'web-cards.png'), fullPage: true });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await card.getByRole('switch', { name: 'Bloquear temporariamente' }).click();
    await eventually(async () => expect(await card.getByTestId('card-status').innerText()).toBe('Ativo'));
    await page.close();
  }, 120_000);

  it("shows a seeded card's limits, invoice and spending by category, with errors beside the fields they name", async () => {
    const page = await signedInAsAna();
    await page.getByRole('link', { name: 'Cartões' }).click();
    await page.getByRole('button', { name: /^Compras · •••• / }).click();
    await page.getByRole('heading', { name: 'Compras · Crédito' }).waitFor();
    expect(await page.getByTestId('invoice-total').innerText()).toBe('R$\u00a0364,40');
    await page.getByText('Magazine Centro (1/3)').waitFor();

    await page.getByRole('button', { name: /^Dia a dia · •••• / }).click();
    await page.getByRole('heading', { name: 'Dia a dia · Débito' }).waitFor();
    const chart = page.getByRole('figure', { name: 'Gráfico de gastos por categoria' });
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await chart.locator('figcaption li').allInnerTexts()).toEqual([
      expect.stringMatching(/^Supermercado\s+R\$\u00a0187,45\s+1 compra$/),
      expect.stringMatching(/^Restaurantes\s+R\$\u00a064,90\s+1 compra$/),
      expect.stringMatching(/^Farmácia\s+R\$\u00a032,80\s+1 compra$/),
    ]);
    await page.getByRole('row').filter({ hasText: 'Posto Avenida' }).getByText('Aprovada · Pendente').waitFor();

    // Checked in the browser: beside the field.
    await page.getByLabel('Por compra (R$)').fill('quinhentos');
    await page.getByRole('button', { name: 'Salvar limites' }).click();
    await page
      .locator('.field--invalid')
      .filter({ has: page.getByLabel('Por compra (R$)') })
      .getByText('Informe um valor em reais')
      .waitFor();
    // Refused by the API (a day below one purchase): on top of the form, as it names the limits together.
    await page.getByLabel('Por compra (R$)').fill('500');
    await page.getByLabel('Por dia (R$)').fill('100');
    await page.getByRole('button', { name: 'Salvar limites' }).click();
    await page.locator('.form-alert').getByText('O limite por compra não pode passar o diário, nem o diário o mensal').waitFor();
    await page.getByLabel('Por dia (R$)').fill('1.500,00');
    await page.getByRole('button', { name: 'Salvar limites' }).click();
    await page.getByText('Limites salvos.').waitFor();
    expect(await page.getByLabel('Por dia (R$)').inputValue()).toBe('1.500,00');
    // Away and back: the form shows the limits as the API now has them.
    await page.getByRole('link', { name: 'Início' }).first().click();
    await page.getByRole('link', { name: 'Cartões' }).click();
    await page.getByRole('button', { name: /^Dia a dia · •••• / }).click();
    await page.getByRole('heading', { name: 'Dia a dia · Débito' }).waitFor();
    expect(await page.getByLabel('Por dia (R$)').inputValue()).toBe('1500,00');

    // Revealing again and again: the hourly allowance runs out, and the screen says so beside the button.
    for (let reveal = 0; reveal < 6 && (await page.getByText('Você já viu os dados do cartão').count()) === 0; reveal++) {
      await page.getByRole('button', { name: 'Ver dados do cartão' }).click();
      await page.getByRole('button', { name: /Ocultar dados|Ver dados do cartão/ }).waitFor();
      if ((await page.getByRole('button', { name: 'Ocultar dados' }).count()) > 0) await page.getByRole('button', { name: 'Ocultar dados' }).click();
    }
    await page.locator('.form-alert').getByText('Você já viu os dados do cartão muitas vezes na última hora').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('lists the cards on the home screen, and keeps the rest of it when the accounts subgraph is down', async () => {
    const page = await signedInAsAna();
    const cards = page.locator('[aria-labelledby="home-cards-title"]');
    await cards.getByText(/^Dia a dia · •••• \d{4}$/).waitFor();
    await cards.getByText(/^Compras · •••• \d{4}$/).waitFor();
    await page.close();

    expect((await stack.accounts.accounts.ledger.reconcile()).balanced).toBe(true);
    await stack.accounts.stop();
    const down = await signedInAsAna();
    await down.locator('[aria-labelledby="home-cards-title"]').getByText('Cartões indisponível no momento.').waitFor();
    await down.locator('[aria-labelledby="home-policies-title"]').getByText('Ativa').waitFor();
    await down.close();
  }, 60_000);
});
