import { createHash } from 'node:crypto';
import type { ReadThroughCache } from '@bank/platform';
import QRCode from 'qrcode';
import type { QrCodeRenderer } from '../application/ports';

/** Medium error correction (15 %): what Pix apps print, a fair trade between size and damage tolerance. */
const ERROR_CORRECTION = 'M';

type Format = 'png' | 'svg';

/**
 * A black-and-white image as grayscale, each row filtered against the one above (a module's rows repeat):
 * the same pixels in about half the bytes of RGBA with adaptive filters, and a third less CPU to draw.
 * qrcode hands these to pngjs; its types name only the deflate options.
 */
const PNG_ENCODING = { deflateLevel: 9, colorType: 0, filterType: 2 };

const RENDER: Readonly<Record<Format, (payload: string) => Promise<string>>> = {
  png: async (payload) =>
    `data:image/png;base64,${(await QRCode.toBuffer(payload, { type: 'png', errorCorrectionLevel: ERROR_CORRECTION, rendererOpts: PNG_ENCODING })).toString('base64')}`,
  svg: (payload) => QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: ERROR_CORRECTION }),
};

/** An image depends on its payload only; the key is a digest, so that long payloads make short keys. */
const cacheKey = (format: Format, payload: string): string => `${format}:${createHash('sha256').update(payload).digest('base64url')}`;

/** QR code images of BR Codes, drawn by `qrcode`, optionally kept in a cache (entries never go stale). */
export class QrCodeImages implements QrCodeRenderer {
  constructor(private readonly cache?: ReadThroughCache<string>) {}

  png(payload: string): Promise<string> {
    return this.render('png', payload);
  }

  svg(payload: string): Promise<string> {
    return this.render('svg', payload);
  }

  private async render(format: Format, payload: string): Promise<string> {
    if (this.cache === undefined) return RENDER[format](payload);
    const image = await this.cache.get(cacheKey(format, payload), () => RENDER[format](payload));
    // The loader always returns an image, so the cache always answers with one.
    return image ?? RENDER[format](payload);
  }
}
