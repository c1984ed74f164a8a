import { Money } from '@bank/kernel';
import { loadConfig } from '@bank/platform';
import { accountsEnv } from '../../src/config';
import {
  brandOf,
  closingDateOf,
  DECLINE_REASONS,
  dueDateOf,
  expiryOf,
  invoiceStatusOf,
  isExpired,
  isValidPan,
  luhnDigit,
  minimumPaymentOf,
  panInBin,
  periodOf,
  RESPONSE_CODES,
  screen,
  splitInstallments,
  type Card,
  type InvoicePeriod,
} from '../../src/domain/cards';
import { spendKeysAt } from '../../src/application/cards/card-network';
import { DEVELOPMENT_CARD_KEY } from '../../src/infrastructure/cards/config';
import { cardVault } from '../../src/infrastructure/cards/card-vault';
import { parseAccountId } from '../../src/ledger';

const money = (amount: string) => Money.parse(amount);

describe('card numbers', () => {
  it('computes the ISO/IEC 7812 Luhn digit, and accepts only 16 digits that end in it', () => {
    expect(luhnDigit('7992739871')).toBe(3);
    expect(isValidPan('4111111111111111')).toBe(true);
    expect(isValidPan('4111111111111112')).toBe(false);
    expect(isValidPan('411111111111111')).toBe(false);
  });

  it('draws numbers inside the BIN with a valid Luhn digit', () => {
    const vault = cardVault(DEVELOPMENT_CARD_KEY);
    for (let index = 0; index < 200; index++) {
      const pan = panInBin('53998412', (count) => vault.randomDigits(count));
      expect(pan).toMatch(/^53998412\d{8}$/);
      expect(isValidPan(pan)).toBe(true);
    }
  });

  it('names the brand from the BIN', () => {
    expect([brandOf('41111111'), brandOf('53998412'), brandOf('22210000'), brandOf('63600000')]).toEqual(['VISA', 'MASTERCARD', 'MASTERCARD', 'ELO']);
  });
});

describe('the card vault', () => {
  const vault = cardVault(DEVELOPMENT_CARD_KEY);
  const pan = '5399841200000006';

  it('encrypts with AES-256-GCM bound to the card id: a fresh IV each time, no trace of the number, tampering and another id refused', () => {
    const sealed = vault.encrypt(pan, 'card-1');
    expect(sealed).not.toContain(pan);
    expect(vault.encrypt(pan, 'card-1')).not.toBe(sealed);
    expect(vault.decrypt(sealed, 'card-1')).toBe(pan);
    expect(() => vault.decrypt(sealed, 'card-2')).toThrow();
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    expect(() => vault.decrypt(`v1:${bytes.toString('base64')}`, 'card-1')).toThrow();
  });

  it('derives a stable 3-digit CVV and look-up hash from the key, which another key does not reproduce', () => {
    const other = cardVault('ff'.repeat(32));
    const expiry = { expiryMonth: 3, expiryYear: 2031 };
    expect(vault.cvvOf(pan, expiry)).toMatch(/^\d{3}$/);
    expect(vault.cvvOf(pan, expiry)).toBe(vault.cvvOf(pan, expiry));
    expect(vault.lookupHash(pan)).toMatch(/^[0-9a-f]{64}$/);
    expect(vault.lookupHash(pan)).not.toBe(other.lookupHash(pan));
  });

  it('is refused in production with the development key, and accepted with a generated one', () => {
    const production = {
      NODE_ENV: 'production',
      PRINCIPAL_HMAC_SECRET: 'f3a9c1e7b2d84f6a0c5e9b1d7a3f8c2e',
      EVENTS_HMAC_KEYS: 'accounts=9e1b7c3d5f2a8e4c6b0d1f7a3c9e5b2d',
    };
    expect(() => loadConfig(accountsEnv, { ...production, ACCOUNTS_CARD_KEY: DEVELOPMENT_CARD_KEY })).toThrow(/ACCOUNTS_CARD_KEY is the development key/);
    expect(() => loadConfig(accountsEnv, { ...production, ACCOUNTS_CARD_KEY: '0a1b2c3d'.repeat(8) })).not.toThrow(/ACCOUNTS_CARD_KEY/);
    expect(() => loadConfig(accountsEnv, { ...production })).toThrow(/ACCOUNTS_CARD_KEY is required/);
  });
});

describe('screening an authorization, in network order', () => {
  const now = new Date('2026-03-02T12:00:00Z');
  const pan = panInBin('53998412', () => '1234567');
  const card: Card = {
    id: 'card-1',
    customerId: 'c-1',
    accountId: parseAccountId('acc-1'),
    form: 'VIRTUAL',
    brand: 'MASTERCARD',
    bin: '53998412',
    last4: pan.slice(-4),
    expiryMonth: 3,
    expiryYear: 2031,
    nickname: null,
    limits: { perTransaction: money('50.00'), daily: null, monthly: null, blockedCategories: ['GAMBLING'] },
    issuedAt: now,
    replaces: null,
    kind: 'DEBIT',
    credit: null,
    status: 'BLOCKED',
    reason: 'lost',
    at: now,
  };
  const good = {
    number: pan,
    expiryMonth: 3,
    expiryYear: 2031,
    cvv: '123',
    amount: money('10.00'),
    merchant: { name: 'Bet', mcc: '5411', city: 'SP', country: 'BR' },
    installments: 1,
  };

  it('finds the first failing check of each, and nothing when all pass', () => {
    const bad = { ...good, number: `${pan.slice(0, -1)}${(Number(pan.slice(-1)) + 1) % 10}`, expiryYear: 2030, cvv: '999', amount: money('60.00') };
    const gambling = { name: 'Bet', mcc: '7995', city: 'SP', country: 'BR' };
    const steps: [Parameters<typeof screen>[0], Card, string | null][] = [
      [{ ...bad, merchant: gambling }, card, 'INVALID_CARD'],
      [{ ...bad, number: pan, merchant: gambling }, { ...card, status: 'CANCELLED' }, 'CARD_CANCELLED'],
      [{ ...bad, number: pan, merchant: gambling }, card, 'EXPIRED_CARD'],
      [{ ...bad, number: pan, expiryYear: 2031, merchant: gambling }, card, 'CVV_MISMATCH'],
      [{ ...bad, number: pan, expiryYear: 2031, cvv: '123', merchant: gambling }, card, 'CARD_BLOCKED'],
      [{ ...bad, number: pan, expiryYear: 2031, cvv: '123', merchant: gambling }, { ...card, status: 'ACTIVE' } as Card, 'CATEGORY_BLOCKED'],
      [{ ...bad, number: pan, expiryYear: 2031, cvv: '123' }, { ...card, status: 'ACTIVE' } as Card, 'LIMIT_EXCEEDED'],
      [good, { ...card, status: 'ACTIVE' } as Card, null],
    ];
    for (const [request, which, expected] of steps) expect(screen(request, which, '123', '53998412', now)).toBe(expected);
    expect(screen(good, { ...card, status: 'ACTIVE' } as Card, '123', '53998412', new Date('2031-04-01T03:00:00Z'))).toBe('EXPIRED_CARD');
    expect(screen(good, { ...card, status: 'ACTIVE' } as Card, '123', '53998412', new Date('2031-04-01T02:59:59Z'))).toBeNull();
  });

  it('answers each reason with its ISO 8583 code', () => {
    expect(DECLINE_REASONS.map((reason) => RESPONSE_CODES[reason])).toEqual(['14', '14', '54', 'N7', '62', '57', '61', '62', '14', '51']);
    expect(RESPONSE_CODES.APPROVED).toBe('00');
  });
});

describe('card calendar, in Brasília', () => {
  it('counts a purchase at 22:00 in Brasília against that day and month, not the next day in UTC', () => {
    expect(spendKeysAt(new Date('2026-03-31T13:00:00Z'))).toEqual(['D2026-03-31', 'M2026-03']);
    expect(spendKeysAt(new Date('2026-04-01T01:00:00Z'))).toEqual(['D2026-03-31', 'M2026-03']);
    expect(spendKeysAt(new Date('2026-04-01T03:00:00Z'))).toEqual(['D2026-04-01', 'M2026-04']);
  });

  it('issues a card expiring in the month of issue in Brasília, valid through its last day there', () => {
    expect(expiryOf(new Date('2026-04-01T01:00:00Z'))).toEqual({ expiryMonth: 3, expiryYear: 2031 });
    const card = { expiryMonth: 3, expiryYear: 2031 };
    expect(isExpired(card, new Date('2031-04-01T02:59:59Z'))).toBe(false);
    expect(isExpired(card, new Date('2031-04-01T03:00:00Z'))).toBe(true);
  });
});

describe('credit invoices', () => {
  it('puts a purchase on the first invoice that closes after it, closing at the start of the closing day, due 10 days later', () => {
    expect(periodOf(new Date('2026-03-10T02:59:59Z'), 10)).toBe('2026-03'); // 23:59:59 on 9 March in Brasília
    expect(periodOf(new Date('2026-03-10T03:00:00Z'), 10)).toBe('2026-04');
    expect(periodOf(new Date('2026-12-20T03:00:00Z'), 10)).toBe('2027-01');
    expect(periodOf(new Date('2027-01-01T01:00:00Z'), 10)).toBe('2027-01'); // still 31 December in Brasília
    expect(closingDateOf('2026-03' as InvoicePeriod, 10).toISOString()).toBe('2026-03-10T03:00:00.000Z');
    expect(dueDateOf('2026-03' as InvoicePeriod, 10).toISOString()).toBe('2026-03-20T03:00:00.000Z');
  });

  it('splits parcelado sem juros into equal installments, the odd cents on the first', () => {
    expect(splitInstallments(money('100.00'), 3).map(String)).toEqual(['33.34', '33.33', '33.33']);
    expect(splitInstallments(money('0.02'), 3).map(String)).toEqual(['0.02', '0.00', '0.00']);
  });

  it('asks a minimum of 15 %, at least 25.00 or the whole when less', () => {
    expect(
      [minimumPaymentOf(money('1000.00')), minimumPaymentOf(money('100.00')), minimumPaymentOf(money('10.00')), minimumPaymentOf(money('0.00'))].map(String),
    ).toEqual(['150.00', '25.00', '10.00', '0.00']);
  });

  it('is OPEN before closing, PAID once paid in full, CLOSED until its due date, OVERDUE after', () => {
    const invoice = { closingDate: new Date('2026-03-10T00:00:00Z'), dueDate: new Date('2026-03-20T00:00:00Z'), total: money('100.00'), paid: money('30.00') };
    expect(invoiceStatusOf(invoice, new Date('2026-03-09T00:00:00Z'))).toBe('OPEN');
    expect(invoiceStatusOf(invoice, new Date('2026-03-20T23:00:00Z'))).toBe('CLOSED');
    expect(invoiceStatusOf(invoice, new Date('2026-03-21T00:00:00Z'))).toBe('OVERDUE');
    expect(invoiceStatusOf({ ...invoice, paid: money('100.00') }, new Date('2026-03-25T00:00:00Z'))).toBe('PAID');
  });
});
