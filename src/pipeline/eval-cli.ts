import { parseArgs } from 'node:util';
import { evaluateFolder } from './evaluate.ts';
import { stderrLogger } from './logger.ts';

const { values } = parseArgs({
  options: {
    input: { type: 'string' },
    labels: { type: 'string' },
    mismatches: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
if (!values.input || !values.labels) {
  process.stderr.write(
    'usage: npm run eval -- --input <dir> --labels <labels.json> [--mismatches] [--json]\n',
  );
  process.exit(2);
}
const result = await evaluateFolder(values.input, values.labels, stderrLogger(true));
if (values.json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const pad = (text: string, width: number) => text.padEnd(width);
  const num = (value: number) => value.toFixed(3).padStart(9);
  process.stdout.write(
    `${pad('field', 22)}${'precision'.padStart(9)}${'recall'.padStart(9)}${'F1'.padStart(9)}  support\n`,
  );
  for (const s of result.scores) {
    process.stdout.write(
      `${pad(s.field, 22)}${num(s.precision)}${num(s.recall)}${num(s.f1)}  ${s.support}\n`,
    );
  }
  if (result.missing.length)
    process.stdout.write(`labelled files with no article: ${result.missing.join(', ')}\n`);
  if (values.mismatches) {
    for (const m of result.mismatches)
      process.stdout.write(`${m.file}  ${m.field}: expected ${m.expected} | got ${m.got}\n`);
  }
}
