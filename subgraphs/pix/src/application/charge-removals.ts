import { StaleVersionError, type Stored } from '@bank/kernel';
import { Charge } from '../domain';
import type { Pix } from './context';

const PAGE_SIZE = 100;

/** The open charges on a key its holder deletes no longer apply: removed by the PSP, a page at a time. */
export async function removeChargesOnKey(pix: Pix, ownerId: string, key: string): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const page = await pix.charges.listByReceiver(ownerId, { first: PAGE_SIZE, after });
    for (const { node } of page.edges) if (node.status === 'ACTIVE' && node.receiver.key.value === key) await removeByPsp(pix, node);
    if (!page.pageInfo.hasNextPage) return;
    after = page.pageInfo.endCursor;
  }
}

/** Removes an open charge (REMOVED_BY_PSP), reading it again when another write came first; a paid or removed one stays as it is. */
export async function removeByPsp(pix: Pix, read: Stored<Charge>): Promise<Charge> {
  for (let charge: Stored<Charge> | null = read; charge !== null; charge = await pix.charges.get(read.txid)) {
    if (charge.status !== 'ACTIVE') return charge;
    const { state, events } = Charge.remove(charge, 'PSP', pix.clock.now());
    try {
      await pix.charges.save(state, charge.version, events);
      pix.metrics.charge('removed');
      return state;
    } catch (error) {
      if (!(error instanceof StaleVersionError)) throw error;
    }
  }
  throw new Error(`Pix charge ${read.txid} disappeared`);
}
