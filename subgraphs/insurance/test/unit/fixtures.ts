import { Cpf } from '@bank/kernel';
import { activatePolicy, issuePolicy, quoteAutoInsurance, type ActivePolicy, type AutoQuoteInput, type PendingPaymentPolicy } from '../../src/domain';

/** 12:00 in Brasília on 2025-06-15: the quote date of every fixture. */
export const NOW = new Date('2025-06-15T15:00:00Z');

export const VALID_CPF = Cpf.withCheckDigits('529982247');

/** Age 40, licensed 21 years, a 2-year-old car in Curitiba, bonus class 3. */
export const validInput = (): AutoQuoteInput => ({
  vehicle: { make: 'Volkswagen', model: 'T-Cross 1.0 TSI', year: 2023, plate: 'BRA2E19', fipeValue: '80000.00' },
  driver: { name: 'Ana Souza', cpf: VALID_CPF, birthDate: '1985-03-20', licensedSince: '2004-05-10' },
  postalCode: '80010-000',
  use: 'PRIVATE',
  bonusClass: 3,
  coverages: ['COLLISION', 'THIRD_PARTY_PROPERTY', 'ROADSIDE_ASSISTANCE'],
  deductible: 'STANDARD',
});

export const withVehicle = (patch: Partial<AutoQuoteInput['vehicle']>): AutoQuoteInput => {
  const input = validInput();
  return { ...input, vehicle: { ...input.vehicle, ...patch } };
};

export const withDriver = (patch: Partial<AutoQuoteInput['driver']>): AutoQuoteInput => {
  const input = validInput();
  return { ...input, driver: { ...input.driver, ...patch } };
};

export const withInput = (patch: Partial<AutoQuoteInput>): AutoQuoteInput => ({ ...validInput(), ...patch });

/** When the fixture policy's premium is paid: 12:00 in Brasília the day after NOW. */
export const PAID_AT = new Date('2025-06-16T15:00:00Z');

export const pendingPolicy = (input: AutoQuoteInput = validInput(), installments = 1): PendingPaymentPolicy =>
  issuePolicy(quoteAutoInsurance(input, { id: 'q-1', now: NOW }), { id: 'p-1', now: NOW, installments }).state;

/** Active from PAID_AT; paid in full unless `installments` says otherwise (then its first installment is paid). */
export const activePolicy = (input: AutoQuoteInput = validInput(), installments = 1): ActivePolicy => {
  const pending = pendingPolicy(input, installments);
  return activatePolicy(pending, { amountPaid: pending.installments.firstAmount, paidAt: PAID_AT }).state;
};
