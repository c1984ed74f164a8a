import type { Money } from '@bank/kernel';
import type { CheckingAccount } from '../domain';
import type { StatementLine } from './ports';

export type StatementFormat = 'CSV' | 'OFX';

export interface StatementFile {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}

export interface StatementPeriod {
  readonly from: Date;
  readonly to: Date;
  /** The posted balance at the end of the period. */
  readonly closingBalance: Money;
  /** When the file was made. */
  readonly generatedAt: Date;
}

/** The bank's code in OFX files (BANKID). */
const BANK_ID = '0999';

const day = (date: Date): string => date.toISOString().slice(0, 10);

/** `lines` oldest first. */
export function statementFile(format: StatementFormat, account: CheckingAccount, lines: readonly StatementLine[], period: StatementPeriod): StatementFile {
  const filename = `statement-${account.branch}-${account.number}-${day(period.from)}-${day(period.to)}.${format.toLowerCase()}`;
  return format === 'CSV'
    ? { filename, contentType: 'text/csv; charset=utf-8', content: csv(lines) }
    : { filename, contentType: 'application/x-ofx', content: ofx(account, lines, period) };
}

const CSV_HEADER = ['posted_at', 'kind', 'description', 'counterparty', 'amount', 'balance_after', 'reference'];

function csv(lines: readonly StatementLine[]): string {
  const rows = lines.map((line) => [
    line.postedAt.toISOString(),
    line.kind,
    text(line.description ?? ''),
    text(line.counterparty?.name ?? ''),
    line.amount.toString(),
    line.balanceAfter.toString(),
    line.transferId,
  ]);
  return [CSV_HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A spreadsheet runs a cell that starts with = + - @ as a formula: text fields get a leading quote. */
const text = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
const csvField = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** OFX 1.0.2 (SGML) with every element closed, as personal-finance tools import it. */
function ofx(account: CheckingAccount, lines: readonly StatementLine[], period: StatementPeriod): string {
  const header = [
    'OFXHEADER:100',
    'DATA:OFXSGML',
    'VERSION:102',
    'SECURITY:NONE',
    'ENCODING:USASCII',
    'CHARSET:1252',
    'COMPRESSION:NONE',
    'OLDFILEUID:NONE',
    'NEWFILEUID:NONE',
  ];
  const transactions = lines.map((line) =>
    element('STMTTRN', [
      leaf('TRNTYPE', line.amount.isNegative() ? 'DEBIT' : 'CREDIT'),
      leaf('DTPOSTED', ofxDate(line.postedAt)),
      leaf('TRNAMT', line.amount.toString()),
      leaf('FITID', `${line.transferId}:${line.position}`),
      ...(line.counterparty === null ? [] : [leaf('NAME', line.counterparty.name.slice(0, 32))]),
      leaf('MEMO', line.description ?? line.kind),
    ]),
  );
  const body = element('OFX', [
    element('SIGNONMSGSRSV1', [element('SONRS', [status(), leaf('DTSERVER', ofxDate(period.generatedAt)), leaf('LANGUAGE', 'POR')])]),
    element('BANKMSGSRSV1', [
      element('STMTTRNRS', [
        leaf('TRNUID', '1'),
        status(),
        element('STMTRS', [
          leaf('CURDEF', 'BRL'),
          element('BANKACCTFROM', [leaf('BANKID', BANK_ID), leaf('BRANCHID', account.branch), leaf('ACCTID', account.number), leaf('ACCTTYPE', 'CHECKING')]),
          element('BANKTRANLIST', [leaf('DTSTART', ofxDate(period.from)), leaf('DTEND', ofxDate(period.to)), ...transactions]),
          element('LEDGERBAL', [leaf('BALAMT', period.closingBalance.toString()), leaf('DTASOF', ofxDate(period.to))]),
        ]),
      ]),
    ]),
  ]);
  return `${header.join('\r\n')}\r\n\r\n${body}\r\n`;
}

const status = (): string => element('STATUS', [leaf('CODE', '0'), leaf('SEVERITY', 'INFO')]);
const element = (name: string, children: readonly string[]): string => `<${name}>\r\n${children.join('\r\n')}\r\n</${name}>`;
const leaf = (name: string, value: string): string => `<${name}>${sgmlText(value)}</${name}>`;
/** Only ASCII (the header says so), without markup characters. */
const sgmlText = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
/** UTC, as OFX writes it: YYYYMMDDHHMMSS[0:GMT]. */
const ofxDate = (date: Date): string => `${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}[0:GMT]`;
