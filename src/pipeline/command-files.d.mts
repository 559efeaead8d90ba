export function commandFiles(entry: string): { dir: string; manifest: string; prefix: string };
export function currentCommandBundle(entry: string): Promise<string | null>;
