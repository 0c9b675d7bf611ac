/** See asciiOutput.mjs. */
export function escapeNonAscii(code: string): string;
