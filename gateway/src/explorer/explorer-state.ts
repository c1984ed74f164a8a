import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IssueDevToken } from '../auth/dev-token';
import { DEMO_CUSTOMERS, type DemoCustomer } from '../dev/demo-customers';

/** The README's overview query, the home screen's operation in schema/operations. */
export const OVERVIEW_DOCUMENT_PATH = resolve(__dirname, '../../../schema/operations/customer-overview.graphql');

/** What both explorers open with: the overview query, and a token of the first demo customer when tokens can be issued here. */
export interface ExplorerState {
  readonly document: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Offered by the token form. */
  readonly customers: readonly DemoCustomer[];
  /** Whether `POST /dev/token` exists (HS256 development tokens). */
  readonly tokensAvailable: boolean;
}

export type ExplorerStateSource = () => ExplorerState;

/** A fresh state per page load, so the prefilled token has not expired. */
export function explorerStateSource(issueToken: IssueDevToken | undefined): ExplorerStateSource {
  const document = readFileSync(OVERVIEW_DOCUMENT_PATH, 'utf8');
  const customers = Object.values(DEMO_CUSTOMERS);
  const noHeaders: Readonly<Record<string, string>> = {};
  return () => ({
    document,
    headers: issueToken ? { Authorization: `Bearer ${issueToken(DEMO_CUSTOMERS.ana, '8h')}` } : noHeaders,
    customers,
    tokensAvailable: issueToken !== undefined,
  });
}
