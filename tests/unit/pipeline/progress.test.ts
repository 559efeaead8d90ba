import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../../../src/pipeline/progress.ts';

/** A stand-in for stderr that records what is written to it. */
function fakeStream(isTTY: boolean): NodeJS.WriteStream & { written: string } {
  const stream = {
    isTTY,
    columns: 80,
    written: '',
    write(chunk: string) {
      stream.written += chunk;
      return true;
    },
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    on: () => stream,
    removeListener: () => stream,
  };
  return stream as unknown as NodeJS.WriteStream & { written: string };
}

function drive(stream: NodeJS.WriteStream, quiet: boolean): void {
  const progress = terminalProgress(quiet, stream);
  progress.start('extracting', 3);
  progress.increment();
  progress.increment(2);
  progress.stop();
}

describe('terminalProgress', () => {
  it('writes nothing when stderr is not a terminal', () => {
    const stream = fakeStream(false);
    drive(stream, false);
    expect(stream.written).toBe('');
  });

  it('writes nothing with --quiet, even on a terminal', () => {
    const stream = fakeStream(true);
    drive(stream, true);
    expect(stream.written).toBe('');
  });

  it('draws a bar on a terminal', () => {
    const stream = fakeStream(true);
    drive(stream, false);
    expect(stream.written).toContain('extracting');
  });
});
