import type { PixInstitution } from '@bank/contracts';
import { decodeBrCode, maskedDocument, type DecodedBrCode } from '../domain';
import type { Pix } from './context';
import { lookUp } from './keys';
import { SIMULATED_OUTSIDE_INSTITUTION } from './payment-orders';

/** What a pasted BR Code says, before the payer pays it. Any malformation is BAD_USER_INPUT saying what. */
export function previewPayload(pix: Pix, brCode: string): DecodedBrCode {
  try {
    return decodeBrCode(brCode);
  } catch (error) {
    pix.metrics.decodeFailed();
    throw error;
  }
}

export interface PreviewedReceiver {
  readonly name: string;
  /** Masked; null when the receiver is at another institution, whose DICT answer the simulation does not have. */
  readonly document: string | null;
  readonly institution: PixInstitution;
}

/** Who the code's key belongs to, from the DICT: a holder at this bank, or (simulated) another institution's, named as in the code. */
export async function previewReceiver(pix: Pix, decoded: DecodedBrCode): Promise<PreviewedReceiver> {
  const record = await lookUp(pix, decoded.key);
  if (record === null) return { name: decoded.merchantName, document: null, institution: SIMULATED_OUTSIDE_INSTITUTION };
  const { institution } = pix.settings;
  return { name: record.holderName, document: maskedDocument(record.holderDocument.value), institution: { ispb: institution.ispb, name: institution.name } };
}
