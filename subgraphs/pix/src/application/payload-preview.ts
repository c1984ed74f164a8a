import { decodeBrCode, type DecodedBrCode } from '../domain';
import type { Pix } from './context';

/** What a pasted BR Code says, before the payer pays it. Any malformation is BAD_USER_INPUT saying what. */
export function previewPayload(pix: Pix, brCode: string): DecodedBrCode {
  try {
    return decodeBrCode(brCode);
  } catch (error) {
    pix.metrics.decodeFailed();
    throw error;
  }
}
