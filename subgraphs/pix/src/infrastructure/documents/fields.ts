import { TaxId } from '@bank/documents';
import { Money } from '@bank/money';
import { z } from 'zod';
import { PIX_KEY_TYPES, PixKey, type ChargeParty } from '../../domain';

/** Instants cross as ISO 8601 UTC strings, amounts as decimal strings: plain JSON that DynamoDB and Redis hold as they are. */
export const instant = z.iso.datetime();
export const amount = z.string();

export const partyDocument = z.object({ name: z.string(), document: z.string(), customerId: z.string().nullable() });
export const referenceDocument = z.object({ source: z.string(), id: z.string() });
export const keyDocument = z.object({ type: z.enum(PIX_KEY_TYPES), value: z.string() });

export type PartyDocument = z.infer<typeof partyDocument>;
export type KeyDocument = z.infer<typeof keyDocument>;

export const toInstant = (date: Date): string => date.toISOString();
export const fromInstant = (text: string): Date => new Date(text);

export const toParty = ({ name, document, customerId }: ChargeParty): PartyDocument => ({ name, document: document.value, customerId });
export const fromParty = ({ name, document, customerId }: PartyDocument): ChargeParty => ({ name, document: TaxId.parse(document), customerId });

export const toKey = ({ type, value }: PixKey): KeyDocument => ({ type, value });
/** Parsing again restores the brand; the stored value is already normalized, so it comes back unchanged. */
export const fromKey = ({ type, value }: KeyDocument): PixKey => PixKey.parse(type, value);

export const fromAmount = (text: string): Money => Money.parse(text);
