import { accountNumberOf, block, checkDigit, maskDocument, parseAccountNumber, statementKindOf, unblock, type CheckingAccount } from '../../src/domain';
import { parseAccountId } from '../../src/ledger';

describe('account numbers', () => {
  it('computes the modulus-11 check digit with weights 2..9 from the right, 0 for a remainder of 0 or 1', () => {
    // 0000001: 1×2 = 2, 11 − 2 = 9.
    expect(checkDigit('00000001')).toBe(9);
    // 00000005: 5×2 = 10, remainder 10, 11 − 10 = 1.
    expect(checkDigit('00000005')).toBe(1);
    // 00000011: 1×2 + 1×3 = 5 → 6; 00000000 → 0.
    expect(checkDigit('00000011')).toBe(6);
    expect(checkDigit('00000000')).toBe(0);
    // Weights repeat after 9: 1 at the 9th place from the right weighs 2.
    expect(checkDigit('100000000')).toBe(checkDigit('000000001'));
  });

  it('numbers the n-th account as eight digits, "-" and the check digit, and reads it back', () => {
    expect(accountNumberOf(1n)).toBe('00000001-9');
    expect(parseAccountNumber('00000001-9')).toBe('00000001-9');
    expect(parseAccountNumber(' 1-9 ')).toBe('00000001-9');
    expect(() => parseAccountNumber('00000001-8')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'toNumber' }));
    expect(() => parseAccountNumber('000000019')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe('checking accounts', () => {
  const active: CheckingAccount = {
    id: parseAccountId('checking-1'),
    customerId: 'c-1',
    branch: '0001',
    number: '00000001-9',
    holderName: 'Maria',
    holderDocument: '52998224725',
    openedAt: new Date('2026-01-01T00:00:00Z'),
    status: 'ACTIVE',
  };

  it('blocks with a reason and unblocks; only a blocked account unblocks', () => {
    const blocked = block(active, 'fraud', new Date('2026-01-02T00:00:00Z'));
    expect(blocked).toMatchObject({ status: 'BLOCKED', blockedReason: 'fraud' });
    expect(unblock(blocked)).toEqual(active);
    expect(() => unblock(active)).toThrow(expect.objectContaining({ code: 'UNPROCESSABLE' }));
  });

  it('masks a CPF and a CNPJ', () => {
    expect(maskDocument('52998224725')).toBe('***.982.247-**');
    expect(maskDocument('11222333000181')).toBe('**.222.333/0001-**');
  });

  it('names every statement line by its transfer code and side', () => {
    expect(statementKindOf('transfer', 'debit')).toBe('TRANSFER_OUT');
    expect(statementKindOf('transfer', 'credit')).toBe('TRANSFER_IN');
    expect(statementKindOf('pix', 'credit')).toBe('PIX_IN');
    expect(statementKindOf('deposit', 'credit')).toBe('DEPOSIT');
    expect(statementKindOf('tax', 'debit')).toBe('TAX');
  });
});
