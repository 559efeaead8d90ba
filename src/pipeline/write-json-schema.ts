import { z } from 'zod';
import { DatasetSchema } from '../schema/dataset.ts';
import { writeAtomic } from './write-atomic.ts';

export const JSON_SCHEMA_PATH = 'src/schema/dataset.schema.json';

/** The published JSON Schema of the dataset, generated from the zod schema. */
export function datasetJsonSchema(): string {
  const schema = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'ICT Atlas dataset', $id: 'ict-atlas/dataset.schema.json' }, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeAtomic(JSON_SCHEMA_PATH, datasetJsonSchema());
  process.stderr.write(`wrote ${JSON_SCHEMA_PATH}\n`);
}
