import type { Logger } from '../../../src/pipeline/logger.ts';

/** A logger that keeps the warnings (to check what a build said) and drops everything else. */
export function collectingLogger(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = [];
  return {
    warnings,
    logger: {
      info: () => undefined,
      warn: (message) => warnings.push(message),
      error: () => undefined,
    },
  };
}
