import { z } from 'zod';
import type { QuoteRecord } from '../../application/ports';
import { DEDUCTIBLE_LEVELS, PostalCode, VEHICLE_USES } from '../../domain';
import {
  amount,
  coverageDocument,
  driverDocument,
  fromAmount,
  fromCoverage,
  fromDriver,
  fromInstallments,
  fromInstant,
  fromVehicle,
  installmentDocument,
  instant,
  toCoverage,
  toDriver,
  toInstallments,
  toInstant,
  toVehicle,
  vehicleDocument,
} from './fields';

/** A quote and its owner as plain JSON, for the DynamoDB item and the cache alike. */
export const quoteDocument = z.object({
  ownerId: z.string(),
  id: z.string(),
  createdAt: instant,
  validUntil: instant,
  vehicle: vehicleDocument,
  driver: driverDocument,
  postalCode: z.string(),
  use: z.enum(VEHICLE_USES),
  bonusClass: z.number().int(),
  coverages: z.array(coverageDocument),
  deductible: z.enum(DEDUCTIBLE_LEVELS),
  netPremium: amount,
  iof: amount,
  totalPremium: amount,
  installmentOptions: z.array(installmentDocument),
});

export type QuoteDocument = z.infer<typeof quoteDocument>;

export function quoteToDocument({ quote, ownerId }: QuoteRecord): QuoteDocument {
  return {
    ownerId,
    id: quote.id,
    createdAt: toInstant(quote.createdAt),
    validUntil: toInstant(quote.validUntil),
    vehicle: toVehicle(quote.vehicle),
    driver: toDriver(quote.driver),
    postalCode: quote.postalCode.value,
    use: quote.use,
    bonusClass: quote.bonusClass,
    coverages: quote.coverages.map(toCoverage),
    deductible: quote.deductible,
    netPremium: quote.netPremium.toString(),
    iof: quote.iof.toString(),
    totalPremium: quote.totalPremium.toString(),
    installmentOptions: quote.installmentOptions.map(toInstallments),
  };
}

export function quoteFromDocument(input: unknown): QuoteRecord {
  const { ownerId, ...document } = quoteDocument.parse(input);
  return {
    ownerId,
    quote: {
      ...document,
      createdAt: fromInstant(document.createdAt),
      validUntil: fromInstant(document.validUntil),
      vehicle: fromVehicle(document.vehicle),
      driver: fromDriver(document.driver),
      postalCode: PostalCode.parse(document.postalCode),
      coverages: document.coverages.map(fromCoverage),
      netPremium: fromAmount(document.netPremium),
      iof: fromAmount(document.iof),
      totalPremium: fromAmount(document.totalPremium),
      installmentOptions: document.installmentOptions.map(fromInstallments),
    },
  };
}
