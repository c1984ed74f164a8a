import { badInput, Money } from '@bank/kernel';
import { crc16 } from './crc16';
import type { PixKey } from './pix-key';
import { isValidTxid, TXID_MAX_LENGTH } from './txid';

export type PointOfInitiation = 'REUSABLE' | 'SINGLE_USE';

/** What a static Pix BR Code carries, as given to encodeBrCode. */
export interface BrCodeFields {
  readonly key: PixKey;
  /** Receiver name: accents folded, cut to 25 characters. */
  readonly merchantName: string;
  /** Receiver city: accents folded, cut to 15 characters. */
  readonly merchantCity: string;
  /** Null or absent: the payer types the amount. */
  readonly amount?: Money | null;
  /** Null or absent: `***` (no txid). */
  readonly txid?: string | null;
  /** Free text shown to the payer; folded and cut to the room the key leaves in field 26 (dropped when none is left). */
  readonly description?: string | null;
  readonly pointOfInitiation?: PointOfInitiation | null;
  /** A CEP, 8 digits (00000-000 accepted). */
  readonly postalCode?: string | null;
}

export interface UnreservedTemplate {
  readonly id: string;
  readonly value: string;
}

/** A BR Code read back: every field as the code carries it. */
export interface DecodedBrCode {
  /** The key exactly as written; inferKeyType and PixKey.parse tell what it is. */
  readonly key: string;
  readonly amount: Money | null;
  readonly merchantName: string;
  readonly merchantCity: string;
  /** `***` when the code has no txid. */
  readonly txid: string;
  readonly description: string | null;
  readonly pointOfInitiation: PointOfInitiation | null;
  readonly postalCode: string | null;
  /** Fields 80 to 99, carried, not interpreted. */
  readonly unreservedTemplates: readonly UnreservedTemplate[];
}

export const NO_TXID = '***';
export const MERCHANT_NAME_MAX_LENGTH = 25;
export const MERCHANT_CITY_MAX_LENGTH = 15;
export const AMOUNT_MAX_LENGTH = 13;
/** The largest amount field 54 can hold in 13 characters. */
export const BR_CODE_MAX_AMOUNT = Money.parse('9999999999.99');

const PIX_GUI = 'br.gov.bcb.pix';
const FIELD_MAX_LENGTH = 99;
const CRC_HEADER = '6304';
const BR_CODE_AMOUNT = /^(0|[1-9]\d*)(\.\d{1,2})?$/;
const POINT_OF_INITIATION: ReadonlyMap<string, PointOfInitiation> = new Map([
  ['11', 'REUSABLE'],
  ['12', 'SINGLE_USE'],
]);
const POINT_OF_INITIATION_CODE: Readonly<Record<PointOfInitiation, string>> = { REUSABLE: '11', SINGLE_USE: '12' };

const FIELD_NAMES: Readonly<Record<string, string>> = {
  '00': 'payload format indicator',
  '01': 'point of initiation',
  '26': 'Pix merchant account',
  '26-00': 'GUI',
  '26-01': 'Pix key',
  '26-02': 'description',
  '52': 'merchant category code',
  '53': 'currency',
  '54': 'amount',
  '58': 'country',
  '59': 'merchant name',
  '60': 'merchant city',
  '61': 'postal code',
  '62': 'additional data',
  '62-05': 'txid',
  '63': 'CRC',
};

const label = (id: string): string => (FIELD_NAMES[id] === undefined ? `field ${id}` : `field ${id} (${FIELD_NAMES[id]})`);

const invalid = (problem: string) => badInput(`Invalid BR Code: ${problem}`, 'brCode');

/**
 * Text as a BR Code field may carry it: accents folded (São → Sao), anything outside printable
 * ASCII dropped, blanks squeezed, cut to `max` characters.
 */
export function toBrCodeText(text: string, max: number): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s/g, ' ')
    .replace(/[^\x20-\x7E]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim()
    .slice(0, max)
    .trimEnd();
}

const tlv = (id: string, value: string): string => {
  if (value.length > FIELD_MAX_LENGTH) throw new RangeError(`field ${id} cannot hold ${value.length} characters`);
  return id + String(value.length).padStart(2, '0') + value;
};

function requiredText(text: string, max: number, field: string): string {
  const folded = toBrCodeText(text, max);
  if (folded === '') throw badInput(`${field} has no character a BR Code can carry`, field);
  return folded;
}

function amountText(amount: Money): string {
  if (!amount.isPositive()) throw badInput('amount must be greater than zero', 'amount');
  if (amount.greaterThan(BR_CODE_MAX_AMOUNT)) throw badInput(`amount must be at most ${BR_CODE_MAX_AMOUNT.toString()} in a BR Code`, 'amount');
  return amount.toString();
}

function postalCodeText(postalCode: string): string {
  const match = /^(\d{5})-?(\d{3})$/.exec(postalCode.trim());
  if (match === null) throw badInput('postalCode must be a CEP of 8 digits such as 01310-100', 'postalCode');
  return `${match[1]}${match[2]}`;
}

function merchantAccount(key: PixKey, description: string | null | undefined): string {
  const withKey = tlv('00', PIX_GUI) + tlv('01', key.value);
  const room = FIELD_MAX_LENGTH - withKey.length - 4;
  const text = description == null || room < 1 ? '' : toBrCodeText(description, room);
  return text === '' ? withKey : withKey + tlv('02', text);
}

/** The "copia e cola" payload of a static Pix BR Code, closed by its CRC. */
export function encodeBrCode(fields: BrCodeFields): string {
  const txid = fields.txid ?? NO_TXID;
  if (txid !== NO_TXID && !isValidTxid(txid)) throw badInput('txid must be 1 to 25 letters and digits (A-Z, a-z, 0-9)', 'txid');
  const payload = [
    tlv('00', '01'),
    fields.pointOfInitiation == null ? '' : tlv('01', POINT_OF_INITIATION_CODE[fields.pointOfInitiation]),
    tlv('26', merchantAccount(fields.key, fields.description)),
    tlv('52', '0000'),
    tlv('53', '986'),
    fields.amount == null ? '' : tlv('54', amountText(fields.amount)),
    tlv('58', 'BR'),
    tlv('59', requiredText(fields.merchantName, MERCHANT_NAME_MAX_LENGTH, 'merchantName')),
    tlv('60', requiredText(fields.merchantCity, MERCHANT_CITY_MAX_LENGTH, 'merchantCity')),
    fields.postalCode == null ? '' : tlv('61', postalCodeText(fields.postalCode)),
    tlv('62', tlv('05', txid)),
    CRC_HEADER,
  ].join('');
  return payload + crc16(payload);
}

interface Field {
  readonly id: string;
  readonly value: string;
  /** Where the field's ID starts in the whole payload, counting from 0. */
  readonly position: number;
}

/** Splits `text` (found at `offset` in the payload) into ID + length + value fields; `prefix` names nested IDs ("26-"). */
function readFields(text: string, offset: number, prefix: string): Map<string, Field> {
  const fields = new Map<string, Field>();
  for (let index = 0; index < text.length;) {
    const position = offset + index;
    const header = text.slice(index, index + 4);
    if (header.length < 4) {
      throw invalid(`the field at position ${position} is cut short: an ID and a length take 4 characters, only ${header.length} remain`);
    }
    const id = header.slice(0, 2);
    if (!/^\d\d$/.test(id)) throw invalid(`expected a two-digit field ID at position ${position}; found "${id}"`);
    const name = label(prefix + id);
    const length = header.slice(2);
    if (!/^\d\d$/.test(length)) throw invalid(`${name} at position ${position} has a non-numeric length "${length}"`);
    const size = Number(length);
    if (size === 0) throw invalid(`${name} at position ${position} is empty (length 00)`);
    const value = text.slice(index + 4, index + 4 + size);
    if (value.length < size) {
      throw invalid(`${name} at position ${position} declares ${size} characters but only ${value.length} remain`);
    }
    if (fields.has(id)) throw invalid(`${name} appears twice (again at position ${position})`);
    fields.set(id, { id, value, position });
    index += 4 + size;
  }
  return fields;
}

const nested = (field: Field, prefix: string): Map<string, Field> => readFields(field.value, field.position + 4, prefix);

function required(fields: Map<string, Field>, id: string, prefix = ''): Field {
  const field = fields.get(id);
  if (field === undefined) throw invalid(`missing mandatory ${label(prefix + id)}`);
  return field;
}

function expectValue(field: Field, name: string, expected: string): void {
  if (field.value !== expected) throw invalid(`${label(name)} must be ${expected}; found "${field.value}"`);
}

function verifyCrc(payload: string, fields: Map<string, Field>): void {
  const crc = required(fields, '63');
  if (crc.position + 4 + crc.value.length !== payload.length) throw invalid(`${label('63')} must be the last field`);
  if (!/^[0-9A-F]{4}$/.test(crc.value)) throw invalid(`${label('63')} must be 4 uppercase hex digits; found "${crc.value}"`);
  const expected = crc16(payload.slice(0, crc.position + 4));
  if (crc.value !== expected) throw invalid(`CRC mismatch: expected ${expected}, found ${crc.value}`);
}

function readAmount(field: Field | undefined): Money | null {
  if (field === undefined) return null;
  const text = field.value;
  if (text.length > AMOUNT_MAX_LENGTH || !BR_CODE_AMOUNT.test(text)) {
    throw invalid(`${label('54')} must be a decimal with a dot, at most 2 decimals and ${AMOUNT_MAX_LENGTH} characters, such as 123.45; found "${text}"`);
  }
  const amount = Money.parse(text);
  if (!amount.isPositive()) throw invalid(`${label('54')} must be greater than zero; found "${text}"`);
  return amount;
}

function readPointOfInitiation(field: Field | undefined): PointOfInitiation | null {
  if (field === undefined) return null;
  const point = POINT_OF_INITIATION.get(field.value);
  if (point === undefined) throw invalid(`${label('01')} must be 11 (reusable) or 12 (single use); found "${field.value}"`);
  return point;
}

function readText(field: Field, max: number): string {
  if (field.value.length > max) throw invalid(`${label(field.id)} has ${field.value.length} characters; at most ${max} are allowed`);
  return field.value;
}

function readMerchantAccount(field: Field): { key: string; description: string | null } {
  const account = nested(field, '26-');
  const gui = required(account, '00', '26-');
  if (gui.value.toLowerCase() !== PIX_GUI) throw invalid(`${label('26-00')} must be ${PIX_GUI}; found "${gui.value}"`);
  if (!account.has('01') && account.has('25')) {
    throw invalid(`missing mandatory ${label('26-01')}: dynamic BR Codes (payload URL in 26-25) are not supported`);
  }
  return { key: required(account, '01', '26-').value, description: account.get('02')?.value ?? null };
}

/** Codes in circulation (the BCB manual's complete example among them) carry txids such as "RP12345678-2019": read any printable one. */
const DECODABLE_TXID = new RegExp(`^[\\x21-\\x7E]{1,${TXID_MAX_LENGTH}}$`);

function readTxid(field: Field): string {
  const txid = required(nested(field, '62-'), '05', '62-').value;
  if (!DECODABLE_TXID.test(txid)) {
    throw invalid(`${label('62-05')} must be ${NO_TXID} or 1 to ${TXID_MAX_LENGTH} printable characters; found "${txid}"`);
  }
  return txid;
}

/**
 * Reads a static Pix BR Code ("copia e cola"), checking its structure, its CRC and its mandatory
 * fields. Throws BAD_USER_INPUT on field `brCode` saying what is wrong and where.
 */
export function decodeBrCode(input: unknown): DecodedBrCode {
  if (typeof input !== 'string') throw invalid('a BR Code is a string');
  const payload = input.trim();
  if (payload === '') throw invalid('the payload is empty');
  const fields = readFields(payload, 0, '');
  if (!payload.startsWith('00')) throw invalid(`the payload must start with ${label('00')}`);
  verifyCrc(payload, fields);
  expectValue(required(fields, '00'), '00', '01');
  const { key, description } = readMerchantAccount(required(fields, '26'));
  expectValue(required(fields, '53'), '53', '986');
  expectValue(required(fields, '58'), '58', 'BR');
  const category = required(fields, '52');
  if (!/^\d{4}$/.test(category.value)) throw invalid(`${label('52')} must be 4 digits; found "${category.value}"`);
  return {
    key,
    amount: readAmount(fields.get('54')),
    merchantName: readText(required(fields, '59'), MERCHANT_NAME_MAX_LENGTH),
    merchantCity: readText(required(fields, '60'), MERCHANT_CITY_MAX_LENGTH),
    txid: readTxid(required(fields, '62')),
    description,
    pointOfInitiation: readPointOfInitiation(fields.get('01')),
    postalCode: fields.get('61')?.value ?? null,
    unreservedTemplates: [...fields.values()].filter(({ id }) => id >= '80' && id <= '99').map(({ id, value }) => ({ id, value })),
  };
}
