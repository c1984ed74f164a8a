import { reasonsByCode, type ReasonCodes } from '../src';

describe('reasonsByCode: a domain’s reasons, declared by code', () => {
  it('gives each reason the code it is listed under, and keeps both exact in the type', () => {
    const codes = reasonsByCode({ CONFLICT: ['ALREADY_PAID', 'ALREADY_REMOVED'], UNPROCESSABLE: ['EXPIRED'] });
    const typed: { readonly ALREADY_PAID: 'CONFLICT'; readonly ALREADY_REMOVED: 'CONFLICT'; readonly EXPIRED: 'UNPROCESSABLE' } = codes;
    // @ts-expect-error EXPIRED is UNPROCESSABLE
    const misfiled: 'CONFLICT' = codes.EXPIRED;
    expect(misfiled).toBe('UNPROCESSABLE');
    expect(typed).toEqual({ ALREADY_PAID: 'CONFLICT', ALREADY_REMOVED: 'CONFLICT', EXPIRED: 'UNPROCESSABLE' });
  });

  it('refuses a reason listed under two codes', () => {
    expect(() => reasonsByCode({ CONFLICT: ['EXPIRED'], UNPROCESSABLE: ['EXPIRED'] })).toThrow(
      'reason EXPIRED is listed under both CONFLICT and UNPROCESSABLE',
    );
  });

  it('takes only the codes a refusal may carry', () => {
    // @ts-expect-error TEAPOT is no ErrorCode
    reasonsByCode({ CONFLICT: ['ALREADY_PAID'], TEAPOT: ['BREWING'] });
    // @ts-expect-error a reason is one code's, not a code
    const unknownReason: keyof ReasonCodes<{ CONFLICT: ['ALREADY_PAID'] }> = 'EXPIRED';
    expect(unknownReason).toBe('EXPIRED');
  });
});
