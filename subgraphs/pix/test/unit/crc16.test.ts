import { crc16 } from '../../src/domain';

describe('crc16 (CRC-16/CCITT-FALSE)', () => {
  it('gives the catalogue check value for "123456789"', () => {
    expect(crc16('123456789')).toBe('29B1');
  });

  it('gives 1D3D for the BCB manual example', () => {
    const body = '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***6304';
    expect(crc16(body)).toBe('1D3D');
  });

  it('pads to four uppercase hex digits', () => {
    expect(crc16('')).toBe('FFFF');
    expect(crc16('A')).toMatch(/^[0-9A-F]{4}$/);
  });
});
