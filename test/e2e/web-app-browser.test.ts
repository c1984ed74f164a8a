import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from '@bank/testing';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_CUSTOMERS } from '../../gateway/src/dev/demo-customers';
import { seedDemo } from '../../gateway/src/dev/seed';
import { offlineBrowser, type OfflineBrowser } from './browser';
import { startStack, type Stack } from './stack';
import { buildAndServeWebApp, consoleErrorsOf, seriousAccessibilityViolations, type WebApp } from './web-app';

/** A key the seed registers for Ana. */
const ANA_EMAIL = 'ana.souza@example.com';
const RESULTS = join(__dirname, '../../.infra/results');
const isLocal = (url: string) => ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname) || !/^(https?|wss?):/.test(url);

/** Each screen is photographed and checked with axe-core once it shows what it is about. */
async function screen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(RESULTS, `web-${name}.png`), fullPage: true });
  expect([name, await seriousAccessibilityViolations(page)]).toEqual([name, []]);
}

describe('the web app in Chromium, against the real stack', () => {
  let stack: Stack;
  let web: WebApp;
  let browser: OfflineBrowser;
  const beyondLocalhost: string[] = [];
  const consoleErrors: string[][] = [];
  const pages: Page[] = [];

  /** A browser tab of its own (its own sessionStorage, so its own customer), watched for console errors. */
  async function tab(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    consoleErrors.push(consoleErrorsOf(page));
    pages.push(page);
    // Each tab starts signed out.
    await page.addInitScript(() => sessionStorage.clear());
    return page;
  }

  async function signIn(page: Page, name: string): Promise<void> {
    await page.goto(web.origin);
    await page.getByRole('button', { name: `Entrar como ${name}` }).click();
    await page.getByRole('heading', { name: 'Início', level: 1 }).waitFor();
  }

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    web = await buildAndServeWebApp();
    // Chromium shares the machine's cores with the stack: a subgraph gets the test gateway's 10 s, and a payment from an
    // account waits 8 s for Pix's answer (not the 3 s default), so a busy machine does not leave it PENDING.
    stack = await startStack({ corsOrigins: [web.origin] }, { accounts: { pixOutcomeWaitMs: 8_000 } });
    web.useGateway(stack.gateway.url);
    await seedDemo(new URL(stack.gateway.url).origin);
    // Not routed: Playwright would answer the CORS preflights itself. Requests beyond localhost still fail (a dead proxy).
    browser = await offlineBrowser({ route: false });
    browser.context.on('request', (request) => void (isLocal(request.url()) || beyondLocalhost.push(request.url())));
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    web?.close();
  });
  afterEach(async () => {
    // Every journey closes its tabs at its end: one still open failed, and leaves a picture of what the customer saw.
    const open = pages.splice(0).filter((page) => !page.isClosed());
    await Promise.all(open.map((page, index) => page.screenshot({ path: join(RESULTS, `web-failed-${index}.png`), fullPage: true }).catch(() => undefined)));
    await Promise.all(open.map((page) => page.close()));
    expect(consoleErrors.flat()).toEqual([]);
    expect(beyondLocalhost).toEqual([]);
  });

  it("signs in a typed customer, opens the account, deposits (sandbox), shows the statement, its chart and CSV export, and a demo customer's home screen", async () => {
    const page = await tab(browser.context);
    await page.goto(web.origin);
    await page.getByRole('heading', { name: 'Clientes de demonstração' }).waitFor();
    await screen(page, 'sign-in');

    // A typed document with wrong check digits is refused beside its field, before any request.
    await page.getByLabel('Nome').fill('Maria Silva');
    await page.getByLabel('CPF ou CNPJ').fill('529.982.247-26');
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();
    await page.locator('.field--invalid').getByText('Informe um CPF ou CNPJ válido').waitFor();

    // A customer of their own (the demo customers' accounts come from the seed).
    await page.getByLabel('CPF ou CNPJ').fill('123.456.789-09');
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();
    await page.getByRole('heading', { name: 'Início', level: 1 }).waitFor();
    await page.locator('[aria-labelledby="home-accounts-title"]').getByText('Nenhuma conta ainda.').waitFor();
    await page.getByRole('link', { name: 'Conta', exact: true }).click();
    await page.getByRole('button', { name: 'Abrir conta corrente' }).click();
    await page.getByRole('heading', { name: /Agência 0001 · Conta/ }).waitFor();

    await page.getByLabel('Valor (R$)').fill('mil reais');
    await page.getByRole('button', { name: 'Depositar' }).click();
    await page.locator('.field--invalid').getByText('Informe um valor em reais, como 1.234,56').waitFor();
    await page.getByLabel('Valor (R$)').fill('1.500,00');
    await page.getByRole('button', { name: 'Depositar' }).click();
    await eventually(async () => expect(await page.getByTestId('available-balance').innerText()).toBe('R$\u00a01.500,00'));
    await page.getByLabel('Valor (R$)').fill('250,75');
    await page.getByRole('button', { name: 'Depositar' }).click();
    await eventually(async () => expect(await page.getByTestId('available-balance').innerText()).toBe('R$\u00a01.750,75'));
    await page.getByRole('cell', { name: 'R$\u00a01.750,75' }).first().waitFor();
    await page.locator('figure[aria-label="Gráfico do saldo ao longo do período"] .recharts-area-area').waitFor();

    // The CSV export of today's entries arrives as a download.
    const today = new Date(Date.now() - 3 * 3_600_000).toISOString().slice(0, 10);
    await page.getByLabel('De', { exact: true }).fill(today);
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportar CSV' }).click();
    const csv = await downloaded;
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    await screen(page, 'account');

    await page.getByRole('link', { name: 'Início' }).first().click();
    await page.locator('[aria-labelledby="home-accounts-title"]').getByText('R$\u00a01.750,75').waitFor();
    await page.locator('[aria-labelledby="home-activity-title"]').getByText('R$\u00a0250,75').waitFor();

    // A seeded customer's home: every section has something.
    await page.getByRole('button', { name: 'Sair' }).click();
    await page.getByRole('button', { name: `Entrar como ${DEMO_CUSTOMERS.ana.name}` }).click();
    await page.locator('[aria-labelledby="home-accounts-title"]').getByText('Saldo disponível').waitFor();
    await page.locator('[aria-labelledby="home-loans-title"]').getByText('Ativo').first().waitFor();
    await page.locator('[aria-labelledby="home-policies-title"]').getByText('Ativa').waitFor();
    await page.locator('[aria-labelledby="home-charges-title"]').getByText('Aula de piano, abril').waitFor();
    await page.locator('[aria-labelledby="home-activity-title"] .list li').first().waitFor();
    await screen(page, 'home');
    await page.close();
  }, 120_000);

  it('creates a charge whose status flips to paid live when another customer pays its code from their account in another browser context; receipts, limits, a Pix to a key', async () => {
    const ana = await tab(browser.context);
    await signIn(ana, DEMO_CUSTOMERS.ana.name);
    await ana.getByRole('link', { name: 'Pix' }).click();
    await ana.getByRole('heading', { name: 'Minhas chaves' }).waitFor();

    // What the API refuses shows beside the field it names.
    await ana.getByLabel('Tipo de chave').selectOption('EMAIL');
    await ana.getByLabel('Chave', { exact: true }).fill('isto não é um e-mail');
    await ana.getByRole('button', { name: 'Cadastrar chave' }).click();
    await ana
      .locator('.field--invalid')
      .filter({ has: ana.getByLabel('Chave', { exact: true }) })
      .locator('.field__error')
      .waitFor();

    // An e-mail key waits for the code sent to it; the sandbox hint reads it, and confirming activates the key.
    await ana.getByLabel('Chave', { exact: true }).fill('ana.piano@example.com');
    await ana.getByRole('button', { name: 'Cadastrar chave' }).click();
    const confirming = ana.getByRole('form', { name: 'Confirmar a chave ana.piano@example.com' });
    await confirming.getByRole('button', { name: 'Ver código (sandbox)' }).click();
    const hint = await confirming.getByText(/Sandbox: o código enviado é \d{6}/).innerText();
    await confirming.getByLabel('Código de confirmação').fill(/\d{6}/.exec(hint)![0]);
    await confirming.getByRole('button', { name: 'Confirmar chave' }).click();
    await confirming.waitFor({ state: 'detached' });

    await ana.getByLabel('Valor (R$)').first().fill('42,50');
    await ana.getByLabel('Descrição').fill('Aula de piano, maio');
    await ana.getByLabel('Nome de quem paga (opcional)').fill(DEMO_CUSTOMERS.padaria.name);
    await ana.getByLabel('CPF ou CNPJ de quem paga (opcional)').fill(DEMO_CUSTOMERS.padaria.document);
    const listening = stack.gateway.hub.listenerCount();
    await ana.getByRole('button', { name: 'Gerar QR code' }).click();
    const charge = ana.getByRole('article', { name: 'Cobrança Aula de piano, maio' }).first();
    await charge.getByRole('img', { name: 'QR code da cobrança Pix' }).waitFor();
    const brCode = await charge.getByLabel('Pix copia e cola').inputValue();
    expect(brCode).toMatch(/^000201/);
    await eventually(() => expect(stack.gateway.hub.listenerCount()).toBeGreaterThan(listening));
    expect(await charge.getByTestId('charge-status').innerText()).toBe('Aguardando pagamento');
    await screen(ana, 'pix');

    // Padaria Lima, in a browser context of its own, pastes the code, reads who receives it, and pays it from its account.
    const padariaContext = await browser.context.browser()!.newContext();
    const padaria = await tab(padariaContext);
    await signIn(padaria, DEMO_CUSTOMERS.padaria.name);
    await padaria.getByRole('link', { name: 'Pix' }).click();
    await padaria.getByLabel('Código Pix').fill(brCode);
    await padaria.getByRole('button', { name: 'Continuar' }).click();
    expect(await padaria.getByTestId('preview-receiver').innerText()).toBe(DEMO_CUSTOMERS.ana.name);
    expect(await padaria.getByTestId('preview-document').innerText()).toBe('***.982.247-**');
    expect(await padaria.getByTestId('preview-institution').innerText()).toBe('Banco Digital S.A.');
    await screen(padaria, 'pix-pay-preview');
    await padaria.getByRole('button', { name: 'Confirmar pagamento' }).click();

    // No reload: the subscription brings the payment to Ana's screen, and the received Pix with its payer.
    await charge.getByTestId('charge-status').getByText('Paga').waitFor();
    await charge.getByText('Recebido R$\u00a042,50').waitFor();
    await ana.locator('[aria-labelledby="received-title"]').getByText(`R$\u00a042,50 de ${DEMO_CUSTOMERS.padaria.name}`).first().waitFor();
    await ana.screenshot({ path: join(RESULTS, 'web-pix-live-charge.png'), fullPage: true });

    // The payer's receipt, with its PDF.
    await padaria
      .locator('[aria-labelledby="pay-title"]')
      .getByRole('button', { name: /^Comprovante/ })
      .click();
    const receipt = padaria.getByTestId('pix-receipt');
    await receipt.getByText(`${DEMO_CUSTOMERS.ana.name} · ***.982.247-** · Banco Digital S.A.`).waitFor();
    expect(await receipt.getByRole('link', { name: 'Baixar comprovante (PDF)' }).getAttribute('href')).toMatch(/^data:application\/pdf;base64,/);

    // Limits: a lower one applies at once, a raise waits (shown pending); a Pix over the limit is refused, in Portuguese.
    await padaria.getByLabel('Novo limite por Pix (R$)').fill('100,00');
    await padaria.getByLabel('Novo limite por dia (R$)').fill('90.000,00');
    await padaria.getByRole('button', { name: 'Alterar limites' }).click();
    await eventually(async () => expect(await padaria.getByTestId('pix-limit-perTransaction').innerText()).toBe('R$\u00a0100,00'));
    await padaria
      .getByTestId('pix-limit-daily')
      .getByText(/aumento para R\$\u00a090\.000,00 em/)
      .waitFor();
    const send = padaria.locator('[aria-labelledby="send-title"]');
    await send.getByLabel('Chave de destino').fill(ANA_EMAIL);
    await send.getByLabel('Valor (R$)').fill('150,00');
    await send.getByRole('button', { name: 'Enviar Pix' }).click();
    await send.locator('.form-alert').getByText('Acima do seu limite Pix (veja os limites da conta)').waitFor();
    await send.getByLabel('Valor (R$)').fill('35,00');
    await send.getByLabel('Mensagem').fill('Troco do café');
    await send.getByRole('button', { name: 'Enviar Pix' }).click();
    await padaria.locator('[aria-labelledby="sent-title"]').getByText(`R$\u00a035,00 para ${ANA_EMAIL}`).waitFor();
    await screen(padaria, 'pix-payer');
    // Ana's screen, untouched since the charge, lists the Pix to her key as soon as her account is credited.
    await ana.locator('[aria-labelledby="received-title"]').getByText(`R$\u00a035,00 de ${DEMO_CUSTOMERS.padaria.name}`).waitFor();
    await padaria.close();
    await padariaContext.close();
    await ana.close();
  }, 120_000);

  it('simulates a loan with PRICE and SAC side by side (charts, CET), applies, accepts an offer, pays an installment from the account and quotes the payoff', async () => {
    const page = await tab(browser.context);
    await signIn(page, DEMO_CUSTOMERS.ana.name);
    await page.getByRole('link', { name: 'Empréstimos' }).click();
    await page.getByRole('button', { name: 'Simular' }).click();
    for (const system of ['Tabela Price', 'SAC']) {
      const simulation = page.getByRole('article', { name: `Simulação ${system}` });
      await simulation.locator('.recharts-bar-rectangle').first().waitFor();
      await simulation.getByText(/a\.m\. · .*a\.a\./).waitFor();
    }

    // A rate the API refuses: its message shows beside the rate.
    await page.getByLabel('Taxa ao mês (%)').fill('25');
    await page.getByRole('button', { name: 'Simular' }).click();
    await page
      .locator('.field--invalid')
      .filter({ has: page.getByLabel('Taxa ao mês (%)') })
      .locator('.field__error')
      .waitFor();
    await page.getByLabel('Taxa ao mês (%)').fill('1,99');
    await page.getByRole('button', { name: 'Simular' }).click();
    await page.getByRole('article', { name: 'Simulação SAC' }).waitFor();
    await page.getByRole('heading', { name: /Meus empréstimos/ }).waitFor();
    const course = page.getByRole('article', { name: 'Empréstimo: Curso de inglês' });
    await course.getByText('Oferta disponível').waitFor();
    await screen(page, 'loans');

    // An application: it appears, and the credit analysis moves it on by itself.
    const apply = page.locator('[aria-labelledby="apply-title"]');
    await apply.getByLabel('Valor (R$)').fill('2.000,00');
    await apply.getByLabel('Prazo (meses)').fill('10');
    await apply.getByLabel('Renda mensal (R$)').fill('9.000,00');
    await apply.getByLabel('Finalidade').fill('Bicicleta');
    await apply.getByRole('button', { name: 'Pedir empréstimo' }).click();
    await page.getByRole('article', { name: 'Empréstimo: Bicicleta' }).waitFor();

    // Accepting the seeded offer releases the money and makes the loan active.
    await course.getByRole('button', { name: 'Aceitar oferta' }).click();
    await course.getByRole('heading').getByText('Ativo').waitFor();

    // Its first installment, paid by Pix from Ana's account (at night too: it stays under the night limit); then what settles it today.
    await course.getByRole('button', { name: 'Pagar a parcela 1', exact: true }).click();
    await page.getByRole('group', { name: 'Pix do empréstimo' }).getByRole('button', { name: 'Pagar com minha conta' }).click();
    await course.locator('tbody tr').first().getByText('Paga', { exact: true }).waitFor();
    await course.getByRole('button', { name: 'Quanto custa quitar hoje?' }).click();
    await course.getByText(/^Quitação em \d\d\/\d\d\/\d{4}: R\$/).waitFor();
    await screen(page, 'loans-active');
    await page.close();
  }, 120_000);

  it('quotes auto insurance, issues the policy, pays its premium from the account and files a claim', async () => {
    const page = await tab(browser.context);
    await signIn(page, DEMO_CUSTOMERS.ana.name);
    await page.getByRole('link', { name: 'Seguros' }).click();
    await page.getByLabel('Placa').fill('WEB1A23');
    await page.getByLabel('Nome', { exact: true }).fill(DEMO_CUSTOMERS.ana.name);
    await page.getByLabel('CPF', { exact: true }).fill('529.982.247-25');
    await page.getByRole('button', { name: 'Cotar' }).click();
    await page.getByRole('heading', { name: 'Sua cotação' }).waitFor();
    expect(await page.getByTestId('quote-total').innerText()).toMatch(/^R\$\u00a0[\d.]+,\d\d$/);
    await page.getByRole('article', { name: 'Apólice ANA2C24' }).getByText('Para-brisa trincado por uma pedra na estrada').waitFor();
    await screen(page, 'insurance');

    // The most installments: the first premium charge is the smallest.
    const installments = page.getByLabel('Parcelas');
    const options = await installments.locator('option').all();
    await installments.selectOption((await options.at(-1)!.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Contratar' }).click();
    const policy = page.getByRole('article', { name: 'Apólice WEB1A23' });
    await policy.getByRole('heading').getByText('Aguardando pagamento').waitFor();
    await policy.getByRole('group', { name: 'Prêmio da apólice WEB1A23' }).getByRole('button', { name: 'Pagar com minha conta' }).click();
    await policy.getByRole('heading').getByText('Ativa').waitFor();

    const claim = policy.locator('form');
    await claim.getByLabel('Tipo').selectOption('COLLISION');
    await claim.getByLabel('Data').fill(new Date(Date.now() - 3 * 3_600_000).toISOString().slice(0, 10));
    await claim.getByLabel('O que aconteceu').fill('Farol quebrado no estacionamento');
    await claim.getByLabel('Valor estimado (R$)').fill('800,00');
    // Each policy's claim form is its own: the seeded policy's stays empty.
    expect(await page.getByRole('article', { name: 'Apólice ANA2C24' }).getByLabel('O que aconteceu').inputValue()).toBe('');
    await claim.getByRole('button', { name: 'Abrir sinistro' }).click();
    await policy.getByText('Farol quebrado no estacionamento').waitFor();
    await screen(page, 'insurance-policy');
    await page.close();
  }, 120_000);

  it('keeps the home screen working while a subgraph is down: only its section says it is unavailable', async () => {
    await stack.loans.stop();
    const page = await tab(browser.context);
    await signIn(page, DEMO_CUSTOMERS.ana.name);
    await page.locator('[aria-labelledby="home-loans-title"]').getByText('Empréstimos indisponível no momento.').waitFor();
    await page.locator('[aria-labelledby="home-accounts-title"]').getByText('Saldo disponível').waitFor();
    await page.locator('[aria-labelledby="home-policies-title"]').getByText('Ativa').first().waitFor();
    await screen(page, 'home-loans-down');
    await page.close();
  }, 60_000);
});
