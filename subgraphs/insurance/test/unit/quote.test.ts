import { Money } from '@bank/kernel';
import { createQuote, iofOn, quoteAutoInsurance, quoteStatus, splitInstallments } from '../../src/domain';
import { NOW, validInput, withDriver, withVehicle, withInput } from './fixtures';

const quote = (input = validInput()) => quoteAutoInsurance(input, { id: 'q-1', now: NOW });
const printed = (amount: Money | null) => amount?.toString() ?? null;

describe('a quote checked by hand', () => {
  it('prices the fixture: age 40, licensed 21 years, 2-year-old car, Curitiba, private, bonus 3, standard deductible', () => {
    // factors: 1.00 (age 30–44) × 0.95 (10+ years licensed) × 1.00 (0–2 years old) × 0.90 (CEP 8) × 1.00 × 0.80 (bonus 3) = 0.684
    const result = quote();

    expect(result.coverages.map(({ coverage, premium, deductible }) => [coverage, printed(premium), printed(deductible)])).toEqual([
      ['COLLISION', '1751.04', '4000.00'], // 80 000 × 3.20 % = 2560 × 0.684; deductible 5 % of FIPE
      ['THIRD_PARTY_PROPERTY', '259.92', null], // 380 × 0.684
      ['ROADSIDE_ASSISTANCE', '82.08', null], // 120 × 0.684
    ]);
    expect(result.netPremium.toString()).toBe('2093.04');
    expect(result.iof.toString()).toBe('154.47'); // 2093.04 × 7.38 % = 154.466352
    expect(result.totalPremium.toString()).toBe('2247.51');
    expect(result.installmentOptions).toHaveLength(12);
    const twelve = result.installmentOptions[11];
    expect([twelve?.count, printed(twelve?.firstAmount ?? null), printed(twelve?.amount ?? null)]).toEqual([12, '187.32', '187.29']);
  });

  it('prices a young commercial driver in Rio de Janeiro city with the reduced deductible', () => {
    // 1.50 (age 22) × 1.25 (1 year licensed) × 1.20 (15-year-old car) × 1.30 (CEP 22, Rio city) × 1.25 (commercial) × 1.00 (bonus 0) = 3.65625
    const input = {
      ...validInput(),
      vehicle: { ...validInput().vehicle, year: 2010, fipeValue: '40000.00' },
      driver: { ...validInput().driver, birthDate: '2003-01-10', licensedSince: '2024-03-01' },
      postalCode: '22041001',
      use: 'COMMERCIAL',
      bonusClass: 0,
      coverages: ['GLASS', 'COLLISION'],
      deductible: 'REDUCED',
    };
    const result = quote(input);

    expect(result.coverages.map(({ coverage, premium, deductible }) => [coverage, printed(premium), printed(deductible)])).toEqual([
      ['COLLISION', '5382.00', '1000.00'], // 1280 × 3.65625 × 1.15; deductible 2000 × 0.5
      ['GLASS', '420.47', '100.00'], // 100 × 3.65625 × 1.15 = 420.46875; deductible 200 × 0.5
    ]);
    expect(result.netPremium.toString()).toBe('5802.47');
    expect(result.iof.toString()).toBe('428.22'); // 428.222286
    expect(result.totalPremium.toString()).toBe('6230.69');
  });
});

describe('quote normalization and lifecycle', () => {
  it('stores normalized values and keeps the request', () => {
    const result = quote(withInput({ ...withVehicle({ plate: ' bra-2e19 ' }), postalCode: '80010000' }));

    expect(result.vehicle.plate.value).toBe('BRA2E19');
    expect(result.postalCode.value).toBe('80010000');
    expect(result.driver.cpf.value).toMatch(/^\d{11}$/);
    expect(result.id).toBe('q-1');
    expect(result.createdAt).toEqual(NOW);
  });

  it('lists coverages in the canonical order whatever the request order', () => {
    const result = quote(withInput({ coverages: ['ROADSIDE_ASSISTANCE', 'COLLISION'] }));

    expect(result.coverages.map(({ coverage }) => coverage)).toEqual(['COLLISION', 'ROADSIDE_ASSISTANCE']);
  });

  it('is QUOTED for 30 days, then EXPIRED', () => {
    const result = quote();

    expect(result.validUntil).toEqual(new Date('2025-07-15T15:00:00Z'));
    expect(quoteStatus(result, new Date('2025-07-15T14:59:59.999Z'))).toBe('QUOTED');
    expect(quoteStatus(result, new Date('2025-07-15T15:00:00Z'))).toBe('EXPIRED');
  });

  it('counts the driver age on the Brasília date: 22:00 on the eve of the 18th birthday is still 17', () => {
    const eve = new Date('2025-06-16T01:00:00Z'); // 2025-06-15 22:00 in Brasília
    const input = withDriver({ birthDate: '2007-06-16', licensedSince: '2025-06-16' });

    expect(() => quoteAutoInsurance(input, { id: 'q', now: eve })).toThrow(expect.objectContaining({ field: 'driver.birthDate' }));
    expect(quoteAutoInsurance(input, { id: 'q', now: new Date('2025-06-16T03:00:00Z') }).driver.birthDate.toString()).toBe('2007-06-16');
  });

  it('records insurance.quote.created with plain JSON data', () => {
    const { state, events } = createQuote(validInput(), { id: 'q-1', now: NOW });

    expect(events).toEqual([
      {
        type: 'insurance.quote.created',
        subject: 'q-1',
        occurredAt: NOW,
        data: {
          quoteId: 'q-1',
          coverages: ['COLLISION', 'THIRD_PARTY_PROPERTY', 'ROADSIDE_ASSISTANCE'],
          netPremium: '2093.04',
          iof: '154.47',
          totalPremium: '2247.51',
          validUntil: '2025-07-15T15:00:00.000Z',
        },
      },
    ]);
    expect(state.totalPremium.toString()).toBe('2247.51');
  });
});

describe('IOF', () => {
  it.each([
    ['25.00', '1.84'], // 1.845: 4 is even, kept (NBR 5891)
    ['75.00', '5.54'], // 5.535: 3 is odd, raised
    ['125.00', '9.22'], // 9.225
    ['100.00', '7.38'],
    ['0.06', '0.00'], // 0.004428
  ])('on %p is %p', (net, iof) => {
    expect(iofOn(Money.parse(net)).toString()).toBe(iof);
  });
});

describe('installments', () => {
  it.each([
    ['100.00', 3, '33.34', '33.33'],
    ['100.00', 1, '100.00', '100.00'],
    ['0.13', 12, '0.02', '0.01'],
    ['2247.51', 7, '321.09', '321.07'], // 7 × 321.07 = 2247.49: 2 cents left over
  ])('%p in %p: first %p, then %p', (total, count, first, each) => {
    const option = splitInstallments(Money.parse(total), count);

    expect([option.firstAmount.toString(), option.amount.toString()]).toEqual([first, each]);
  });
});
