export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * A file's bytes as the editor would show them: UTF-16 (little or big endian) when it starts with
 * that byte-order mark — what Windows Notepad saves as "Unicode" — else UTF-8 (a BOM dropped),
 * else GB18030, the encoding older government files use. (FF FE and FE FF start no UTF-8 or
 * GB18030 text.)
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' };
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
	}
}
