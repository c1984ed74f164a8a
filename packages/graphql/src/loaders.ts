import DataLoader from 'dataloader';

/**
 * The DataLoaders of one request. A loader is created the first time it is asked for, so all
 * references to one entity type in a request become one batched store round-trip.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  get<V>(name: string, batch: (ids: readonly string[]) => Promise<ReadonlyMap<string, V>>): DataLoader<string, V | null> {
    let loader = this.loaders.get(name);
    if (loader === undefined) {
      loader = new DataLoader<string, unknown>(async (ids) => {
        const found = await batch(ids);
        return ids.map((id) => found.get(id) ?? null);
      });
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<string, V | null>;
  }
}
