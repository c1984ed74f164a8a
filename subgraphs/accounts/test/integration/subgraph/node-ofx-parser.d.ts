declare module 'node-ofx-parser' {
  /** Parses an OFX file (SGML or XML) into its element tree, with the header lines under `header`. */
  export function parse(data: string): { header: Record<string, string>; OFX: Record<string, unknown> };
}
