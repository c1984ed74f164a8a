// Turns Kubernetes' OpenAPI v2 document (api/openapi-spec/swagger.json in the k8s.io/kubernetes Go
// module) into the standalone, strict JSON schemas kubeconform reads: one file per kind, named as
// kubeconform's `{{ .ResourceKind }}{{ .KindSuffix }}.json` template expects (deployment-apps-v1.json,
// service-v1.json), each carrying the definitions it references, objects closed to unknown fields.
// CustomResourceDefinition files given after it (the operators' own, from their Go modules) add
// their kinds the same way.
//   node infra/helm/kube-json-schemas.mts SWAGGER_JSON OUT_DIR [CRD_YAML...]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

type Schema = { [key: string]: unknown };
interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

const [swaggerPath, outDir, ...crdPaths] = process.argv.slice(2);
if (swaggerPath === undefined || outDir === undefined) throw new Error('usage: kube-json-schemas.mts SWAGGER_JSON OUT_DIR [CRD_YAML...]');
const definitions = (JSON.parse(readFileSync(swaggerPath, 'utf8')) as { definitions: Record<string, Schema> }).definitions;

// Types the OpenAPI document declares as strings but that manifests may write as numbers too.
const intOrString = { oneOf: [{ type: 'string' }, { type: 'integer' }] };
const quantity = { oneOf: [{ type: 'string' }, { type: 'number' }] };
const special: Record<string, Schema> = {
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': intOrString,
  'io.k8s.apimachinery.pkg.api.resource.Quantity': quantity,
};

/** A copy of the schema, strict (objects with known properties refuse others), minus the OpenAPI extensions. */
function strict(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strict);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!key.startsWith('x-kubernetes-')) copy[key] = key === 'properties' ? mapValues(value as Schema, strict) : strict(value);
  }
  const open = (schema as Schema)['x-kubernetes-preserve-unknown-fields'] === true;
  if (copy.properties !== undefined && copy.additionalProperties === undefined && !open) copy.additionalProperties = false;
  return copy;
}

const mapValues = (record: Schema, map: (value: unknown) => unknown): Schema =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));

/** The names of every definition the schema reaches through `$ref`, itself included. */
function reachable(name: string, found = new Set<string>()): Set<string> {
  if (found.has(name)) return found;
  found.add(name);
  const refs = JSON.stringify(definitions[name]).matchAll(/"\$ref":"#\/definitions\/([^"]+)"/g);
  for (const [, ref] of refs) if (ref !== undefined) reachable(ref, found);
  return found;
}

const fileName = ({ group, version, kind }: GroupVersionKind): string =>
  `${kind.toLowerCase()}${group === '' ? '' : `-${group.split('.')[0]}`}-${version}.json`;

mkdirSync(outDir, { recursive: true });
let written = 0;
for (const [name, definition] of Object.entries(definitions)) {
  const kinds = (definition['x-kubernetes-group-version-kind'] ?? []) as GroupVersionKind[];
  // A kind's own definition has apiVersion and kind properties; the list and option types that only
  // share its group-version-kind do not stand alone as manifests.
  if (kinds.length !== 1 || !(definition.properties as Schema | undefined)?.kind) continue;
  const [gvk] = kinds as [GroupVersionKind];
  const referenced = [...reachable(name)].filter((ref) => ref !== name);
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...(strict(definition) as Schema),
    definitions: Object.fromEntries(referenced.map((ref) => [ref, special[ref] ?? strict(definitions[ref])])),
  };
  writeFileSync(join(outDir, fileName(gvk)), JSON.stringify(schema));
  written += 1;
}
interface CustomResourceDefinition {
  spec: { group: string; names: { kind: string }; versions: { name: string; schema: { openAPIV3Schema: Schema } }[] };
}
for (const path of crdPaths) {
  const { spec } = parse(readFileSync(path, 'utf8')) as CustomResourceDefinition;
  for (const version of spec.versions) {
    const schema = { $schema: 'http://json-schema.org/draft-07/schema#', ...(strict(version.schema.openAPIV3Schema) as Schema) };
    writeFileSync(join(outDir, fileName({ group: spec.group, version: version.name, kind: spec.names.kind })), JSON.stringify(schema));
    written += 1;
  }
}
process.stderr.write(`[infra] wrote ${written} Kubernetes JSON schemas to ${outDir}\n`);
