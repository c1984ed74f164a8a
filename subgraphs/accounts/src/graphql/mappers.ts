/** A Customer as another subgraph refers to it. */
export interface CustomerRef {
  readonly id: string;
}
