import { TaxId } from '@bank/kernel';
import { documentFields } from '@bank/store-dynamodb';
import { z } from 'zod';
import { PIX_KEY_TYPES, PixKey, type ChargeParty } from '../../domain';

export const { instant, amount, toInstant, fromInstant, fromAmount } = documentFields;

export const partyDocument = z.object({ name: z.string(), document: z.string(), customerId: z.string().nullable() });
export const referenceDocument = z.object({ source: z.string(), id: z.string() });
export const keyDocument = z.object({ type: z.enum(PIX_KEY_TYPES), value: z.string() });

export type PartyDocument = z.infer<typeof partyDocument>;
export type KeyDocument = z.infer<typeof keyDocument>;

export const toParty = ({ name, document, customerId }: ChargeParty): PartyDocument => ({ name, document: document.value, customerId });
export const fromParty = ({ name, document, customerId }: PartyDocument): ChargeParty => ({ name, document: TaxId.parse(document), customerId });

export const toKey = ({ type, value }: PixKey): KeyDocument => ({ type, value });
/** Parsing again restores the brand; the stored value is already normalized, so it comes back unchanged. */
export const fromKey = ({ type, value }: KeyDocument): PixKey => PixKey.parse(type, value);
