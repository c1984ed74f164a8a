import { BusinessDate, Cpf } from '@bank/kernel';
import { documentFields } from '@bank/store-dynamodb';
import { z } from 'zod';
import { COVERAGES, Plate, type Driver, type InstallmentOption, type QuotedCoverage, type TransferState, type Vehicle } from '../../domain';

export const { instant, amount, toInstant, fromInstant, fromAmount } = documentFields;

export const vehicleDocument = z.object({ make: z.string(), model: z.string(), year: z.number().int(), plate: z.string(), fipeValue: amount });
export const driverDocument = z.object({ name: z.string(), cpf: z.string(), birthDate: z.string(), licensedSince: z.string() });
export const coverageDocument = z.object({ coverage: z.enum(COVERAGES), premium: amount, deductible: amount.nullable() });
export const installmentDocument = z.object({ count: z.number().int(), firstAmount: amount, amount });

type VehicleDocument = z.infer<typeof vehicleDocument>;
type DriverDocument = z.infer<typeof driverDocument>;
type CoverageDocument = z.infer<typeof coverageDocument>;
type InstallmentDocument = z.infer<typeof installmentDocument>;

export const toVehicle = (vehicle: Vehicle): VehicleDocument => ({ ...vehicle, plate: vehicle.plate.value, fipeValue: vehicle.fipeValue.toString() });
/** Parsing again restores the value objects; stored values are already normalized, so they come back unchanged. */
export const fromVehicle = (document: VehicleDocument): Vehicle => ({
  ...document,
  plate: Plate.parse(document.plate),
  fipeValue: fromAmount(document.fipeValue),
});

export const toDriver = (driver: Driver): DriverDocument => ({
  ...driver,
  cpf: driver.cpf.value,
  birthDate: driver.birthDate.toString(),
  licensedSince: driver.licensedSince.toString(),
});
export const fromDriver = (document: DriverDocument): Driver => ({
  name: document.name,
  cpf: Cpf.parse(document.cpf),
  birthDate: BusinessDate.parse(document.birthDate, 'birthDate'),
  licensedSince: BusinessDate.parse(document.licensedSince, 'licensedSince'),
});

export const toCoverage = ({ coverage, premium, deductible }: QuotedCoverage): CoverageDocument => ({
  coverage,
  premium: premium.toString(),
  deductible: deductible?.toString() ?? null,
});
export const fromCoverage = ({ coverage, premium, deductible }: CoverageDocument): QuotedCoverage => ({
  coverage,
  premium: fromAmount(premium),
  deductible: deductible === null ? null : fromAmount(deductible),
});

export const toInstallments = ({ count, firstAmount, amount: each }: InstallmentOption): InstallmentDocument => ({
  count,
  firstAmount: firstAmount.toString(),
  amount: each.toString(),
});
export const fromInstallments = ({ count, firstAmount, amount: each }: InstallmentDocument): InstallmentOption => ({
  count,
  firstAmount: fromAmount(firstAmount),
  amount: fromAmount(each),
});

const failureDocument = z.object({ attempt: z.number().int().positive(), reason: z.string(), failedAt: instant });
/** Documents written before transfers could fail and be retried read as a pending first attempt. */
export const transferDocument = z.object({ attempt: z.number().int().positive(), failure: failureDocument.nullable() }).default({ attempt: 1, failure: null });

type TransferDocument = z.infer<typeof transferDocument>;

export const toTransfer = ({ attempt, failure }: TransferState): TransferDocument => ({
  attempt,
  failure: failure === null ? null : { ...failure, failedAt: toInstant(failure.failedAt) },
});
export const fromTransfer = ({ attempt, failure }: TransferDocument): TransferState => ({
  attempt,
  failure: failure === null ? null : { ...failure, failedAt: fromInstant(failure.failedAt) },
});
