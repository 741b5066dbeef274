/**
 * nbformat's own schema of version 4.5 notebooks (JSON Schema draft 4), vendored from nbformat,
 * compiled once for the notebook tests, with the cell shape they read.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';

const schema = JSON.parse(
  readFileSync(
    new URL('../../fixtures/nbformat/nbformat.v4.5.schema.json', import.meta.url),
    'utf8',
  ),
) as object;

// Draft 4 ignores keywords it does not know, as nbformat's own validator does; the schema has a
// few (`item` in `metadata.authors`, `source_hidden` in a cell's `jupyter` metadata) that Ajv's
// strict mode would refuse.
export const ajv = new Ajv({ allErrors: true, strictSchema: false });
export const validNotebook = ajv.compile(schema);

/** A cell as the tests read it. */
export interface Cell {
  cell_type: string;
  id: string;
  source: string[];
  outputs?: unknown[];
  execution_count?: number | null;
}
