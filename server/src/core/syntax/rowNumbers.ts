/**
 * A table row's number, bare or bracketed (芜湖 2025: `(1)`); a mark after it flags the row (`1*`: a
 * task the city leads, 杭州 2021).
 */
export const ROW_NUMBER = /^(?:\d{1,4}|[（(]\d{1,4}[)）])[*＊★]?$/;

export function rowNumberValue(written: string): number {
	return parseInt(written.replace(/^[（(]/, ''), 10);
}

export function isBracketedNumber(written: string): boolean {
	return written.charCodeAt(0) === 0x28 || written.charCodeAt(0) === 0xff08;
}
