import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildDataset, serialiseDataset } from './build-dataset.ts';
import { stderrLogger } from './logger.ts';
import { writeAtomic } from './write-atomic.ts';

const DEFAULT_INPUT = 'seeds';
const DEFAULT_OUTPUT = 'public/data/articles.json';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      input: { type: 'string', default: DEFAULT_INPUT },
      output: { type: 'string', default: DEFAULT_OUTPUT },
      quiet: { type: 'boolean', default: false },
    },
  });
  const logger = stderrLogger(values.quiet);
  const input = values.input;
  const inputInfo = await stat(input).catch(() => null);
  if (!inputInfo?.isDirectory()) {
    logger.error(`input folder not found: ${input}`);
    return 2;
  }
  const dataset = await buildDataset(input, logger);
  try {
    await writeAtomic(values.output, serialiseDataset(dataset));
  } catch (error) {
    logger.error(
      `cannot write ${values.output}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  const errors = dataset.problems.filter((problem) => problem.severity === 'error').length;
  logger.info(
    `${values.output}: ${dataset.articles.length} articles, ${errors} files with errors, ${dataset.problems.length - errors} warnings`,
  );
  return 0;
}

process.exitCode = await main();
