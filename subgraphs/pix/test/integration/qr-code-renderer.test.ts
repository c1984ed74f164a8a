import { randomUUID } from 'node:crypto';
import { createRedis, jsonCodec, ReadThroughCache } from '@bank/platform';
import { eventually, testEndpoints, uniqueName } from '@bank/testing';
import pino from 'pino';
import { Registry } from 'prom-client';
import { encodeBrCode, PixKey } from '../../src/domain';
import { QrCodeImages } from '../../src/infrastructure/qr-code-renderer';

const logger = pino({ level: 'silent' });
const redis = createRedis(testEndpoints.redisUrl, { logger });
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

beforeAll(() => eventually(() => expect(redis.status).toBe('ready')));
afterAll(() => redis.quit());

const brCode = () => encodeBrCode({ key: PixKey.parse('EVP', randomUUID()), merchantName: 'Padaria Pao Quente', merchantCity: 'Sao Paulo', txid: 'ABC123' });

describe('QrCodeImages', () => {
  it('draws a PNG data URL and an SVG document', async () => {
    const images = new QrCodeImages();
    const png = await images.png(brCode());
    const svg = await images.svg(brCode());

    expect(png.startsWith('data:image/png;base64,')).toBe(true);
    expect(Buffer.from(png.slice('data:image/png;base64,'.length), 'base64').subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('draws the same image for the same payload, and a different one for another', async () => {
    const images = new QrCodeImages();
    const payload = brCode();
    expect(await images.png(payload)).toBe(await images.png(payload));
    expect(await images.png(payload)).not.toBe(await images.png(brCode()));
  });

  it('keeps images in the cache, keyed by format and a digest of the payload', async () => {
    const name = uniqueName('pix-qr');
    const cache = new ReadThroughCache({ redis, name, ttlSeconds: 60, codec: jsonCodec<string>(), registry: new Registry(), logger });
    const images = new QrCodeImages(cache);
    const payload = brCode();

    const png = await images.png(payload);
    const svg = await images.svg(payload);
    const keys = (await redis.keys(`cache:${name}:*`)).sort();
    expect(keys).toHaveLength(2);
    expect(keys.every((key) => !key.includes(payload))).toBe(true);
    const [pngKey, svgKey] = [keys.find((key) => key.includes(':png:'))!, keys.find((key) => key.includes(':svg:'))!];
    expect(JSON.parse((await redis.get(pngKey))!)).toBe(png);
    expect(JSON.parse((await redis.get(svgKey))!)).toBe(svg);

    await redis.set(pngKey, JSON.stringify('data:image/png;base64,from-the-cache'));
    expect(await images.png(payload)).toBe('data:image/png;base64,from-the-cache');
    await redis.del(pngKey, svgKey);
  });
});
