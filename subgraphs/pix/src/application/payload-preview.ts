import { decodeBrCode, type DecodedBrCode } from '../domain';

/** What a pasted BR Code says, before the payer pays it. Any malformation is BAD_USER_INPUT saying what. */
export const previewPayload = (brCode: string): DecodedBrCode => decodeBrCode(brCode);
