/** Writes the request collection (requests/) from schema/: `npm run collection`, also part of `npm run codegen`. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { COLLECTION_DIR, requestCollection } from '../composition/request-collection';

const collection = requestCollection();
const existing = (readdirSync(COLLECTION_DIR, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.bru'));
for (const stale of existing.filter((file) => !collection.has(file))) rmSync(join(COLLECTION_DIR, stale));
for (const [file, content] of collection) {
  mkdirSync(dirname(join(COLLECTION_DIR, file)), { recursive: true });
  writeFileSync(join(COLLECTION_DIR, file), content);
}
process.stdout.write(`${collection.size} files in ${relative(process.cwd(), COLLECTION_DIR) || '.'}/\n`);
