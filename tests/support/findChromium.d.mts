export function findChromium(): string | null;
export function ensureChromium(log?: (line: string) => void): string;
export const CHROMIUM_ARGS: string[];
