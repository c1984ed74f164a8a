import { parseOptionalText, parseText, TEXT_KINDS } from '../src';

const refused = (field: string) => expect.objectContaining({ code: 'BAD_USER_INPUT', field });

describe('parseText: one parser for every free text input', () => {
  it('trims white space at either end and keeps the inside as sent', () => {
    expect(parseText('  Padaria  Lima \n', 'name', 'name')).toBe('Padaria  Lima');
    expect(parseText('Café ☕ 😀', 'description', 'description')).toBe('Café ☕ 😀');
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['ESC', 'a\u001b[31mb'],
    ['TAB', 'a\tb'],
    ['a line feed in one-line text', 'a\nb'],
    ['RIGHT-TO-LEFT OVERRIDE', 'a\u202eb'],
    ['ZERO WIDTH SPACE', 'a\u200bb'],
    ['a lone surrogate', 'a\ud800b'],
    ['LINE SEPARATOR', 'a\u2028b'],
    ['DEL', 'a\u007fb'],
  ])('refuses %s', (_name, input) => {
    expect(() => parseText(input, 'description', 'input.description')).toThrow(refused('input.description'));
  });

  it('caps each kind in characters (code points), not UTF-16 units', () => {
    const { max } = TEXT_KINDS.nickname;
    expect(parseText('😀'.repeat(max), 'nickname', 'nickname')).toHaveLength(2 * max);
    expect(() => parseText('a'.repeat(max + 1), 'nickname', 'nickname')).toThrow(refused('nickname'));
    expect(() => parseText('x'.repeat(90_000), 'name', 'name')).toThrow(refused('name'));
  });

  it('lets prose keep line feeds (CRLF read as LF), and nothing else', () => {
    expect(parseText('Batida\r\nna traseira', 'prose', 'description')).toBe('Batida\nna traseira');
    expect(() => parseText('Batida\u0000', 'prose', 'description')).toThrow(refused('description'));
    expect(() => parseText('a\u202eb', 'prose', 'description')).toThrow(refused('description'));
  });

  it('refuses empty and non-string required text; optional text is null when absent or blank', () => {
    expect(() => parseText('   ', 'reason', 'reason')).toThrow(refused('reason'));
    expect(() => parseText(42, 'reason', 'reason')).toThrow(refused('reason'));
    expect(parseOptionalText(undefined, 'description', 'description')).toBeNull();
    expect(parseOptionalText(null, 'description', 'description')).toBeNull();
    expect(parseOptionalText('  ', 'description', 'description')).toBeNull();
    expect(() => parseOptionalText('\u001b', 'description', 'description')).toThrow(refused('description'));
  });
});
