import { useHarness } from '@bank/testing';
import { parse as parseOfx } from 'node-ofx-parser';
import { deposit, newCustomer, newKey, openAccount, startAccounts, TRANSFER } from './support';

const harness = useHarness(startAccounts);

const EXPORT = `query($input: ExportStatementInput!) { exportStatement(input: $input) { filename contentType content } }`;
const STATEMENT = `query($id: ID!) { account(id: $id) { statement(first: 100) { edges { node { id postedAt amount balanceAfter description kind reference counterparty { name } } } } } }`;

interface Entry {
  readonly id: string;
  readonly postedAt: string;
  readonly amount: string;
  readonly balanceAfter: string;
  readonly description: string | null;
  readonly kind: string;
  readonly reference: string;
  readonly counterparty: { readonly name: string } | null;
}
interface StatementExport {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}
interface OfxTransaction {
  readonly TRNTYPE: string;
  readonly DTPOSTED: string;
  readonly TRNAMT: string;
  readonly FITID: string;
  readonly NAME?: string;
  readonly MEMO: string;
}

/** A CSV field: quoted when it holds a comma or a quote. */
const quoted = (value: string): string => (/[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

describe('exportStatement', () => {
  const ana = newCustomer({ name: 'Ana Souza' });
  const bruno = newCustomer({ name: 'Bruno Lima' });
  let anaAccount: { id: string; number: string };
  let entries: Entry[];
  let period: { from: string; to: string };

  beforeAll(async () => {
    const now = harness.clock.now().getTime();
    period = { from: new Date(now - 86_400_000).toISOString(), to: new Date(now + 86_400_000).toISOString() };
    anaAccount = await openAccount(harness.as(ana));
    const brunoAccount = await openAccount(harness.as(bruno));
    await deposit(harness.as(ana), anaAccount.id, '100.00');
    await harness.as(ana)(TRANSFER, {
      input: { fromAccountId: anaAccount.id, toBranch: '0001', toNumber: brunoAccount.number, amount: '30.25', description: 'Dinner, "Italian"' },
      key: newKey(),
    });
    await deposit(harness.as(bruno), brunoAccount.id, '5.00');
    await harness.as(bruno)(TRANSFER, {
      input: { fromAccountId: brunoAccount.id, toBranch: '0001', toNumber: anaAccount.number, amount: '2.50' },
      key: newKey(),
    });
    const { data } = await harness.as(ana)<{ account: { statement: { edges: { node: Entry }[] } } }>(STATEMENT, { id: anaAccount.id });
    entries = data!.account.statement.edges.map(({ node }) => node).reverse();
    expect(entries).toHaveLength(3);
  });

  it('writes OFX that an OFX parser reads back as the statement: every entry, signed, with its id, and the closing balance', async () => {
    const { data, errors } = await harness.as(ana)<{ exportStatement: StatementExport }>(EXPORT, {
      input: { accountId: anaAccount.id, ...period, format: 'OFX' },
    });
    expect(errors).toBeUndefined();
    const file = data!.exportStatement;
    expect(file).toMatchObject({
      contentType: 'application/x-ofx',
      filename: `statement-0001-${anaAccount.number}-${period.from.slice(0, 10)}-${period.to.slice(0, 10)}.ofx`,
    });

    const parsed = parseOfx(file.content);
    expect(parsed.header).toMatchObject({ OFXHEADER: '100', DATA: 'OFXSGML', VERSION: '102' });
    const statement = (parsed.OFX as { BANKMSGSRSV1: { STMTTRNRS: { STMTRS: Record<string, unknown> } } }).BANKMSGSRSV1.STMTTRNRS.STMTRS as {
      CURDEF: string;
      BANKACCTFROM: { BRANCHID: string; ACCTID: string; ACCTTYPE: string };
      BANKTRANLIST: { STMTTRN: OfxTransaction[] };
      LEDGERBAL: { BALAMT: string };
    };
    expect(statement.CURDEF).toBe('BRL');
    expect(statement.BANKACCTFROM).toMatchObject({ BRANCHID: '0001', ACCTID: anaAccount.number, ACCTTYPE: 'CHECKING' });
    const ofxDate = (iso: string) => `${iso.replace(/[-:T]/g, '').slice(0, 14)}[0:GMT]`;
    expect(
      statement.BANKTRANLIST.STMTTRN.map(({ TRNTYPE, DTPOSTED, TRNAMT, FITID, MEMO, NAME }) => ({ TRNTYPE, DTPOSTED, TRNAMT, FITID, MEMO, NAME })),
    ).toEqual(
      entries.map((entry) => ({
        TRNTYPE: entry.amount.startsWith('-') ? 'DEBIT' : 'CREDIT',
        DTPOSTED: ofxDate(entry.postedAt),
        TRNAMT: entry.amount,
        FITID: entry.id,
        MEMO: entry.description ?? entry.kind,
        NAME: entry.counterparty?.name,
      })),
    );
    expect(statement.LEDGERBAL.BALAMT).toBe(entries[entries.length - 1]!.balanceAfter);
  });

  it('writes CSV with one entry a line, quoted where needed', async () => {
    const { data } = await harness.as(ana)<{ exportStatement: StatementExport }>(EXPORT, { input: { accountId: anaAccount.id, ...period, format: 'CSV' } });
    const [header, ...rows] = data!.exportStatement.content.trimEnd().split('\r\n');
    expect(header).toBe('posted_at,kind,description,counterparty,amount,balance_after,reference');
    expect(rows).toEqual(
      entries.map((entry) =>
        [entry.postedAt, entry.kind, quoted(entry.description ?? ''), entry.counterparty?.name ?? '', entry.amount, entry.balanceAfter, entry.reference].join(
          ',',
        ),
      ),
    );
  });

  it('is NOT_FOUND for another customer, and refuses a period the wrong way round', async () => {
    const other = await harness.as(bruno)(EXPORT, { input: { accountId: anaAccount.id, ...period, format: 'CSV' } });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const backwards = await harness.as(ana)(EXPORT, { input: { accountId: anaAccount.id, from: period.to, to: period.from, format: 'CSV' } });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.from' });
  });
});
