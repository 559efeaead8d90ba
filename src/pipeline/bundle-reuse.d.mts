export function bundlerSalt(): string;
export function unchangedBundle(manifestFile: string, salt: string): Promise<string | null>;
export function recordBundle(
  manifestFile: string,
  made: { bundle: string; inputs: string[]; salt: string; startedAt: number },
): Promise<void>;
