/** The Pix reference codec (issue 11): one implementation, for every subgraph that reads or writes keys and codes. */
export * from './br-code';
export * from './crc16';
export * from './pix-key';
export * from './txid';
