import { MarkerKind } from './markers';
import type { StructureLine } from './structure';

// What ends a table written one cell a line, read alike by the numbered rows (readTables) and the rows of a
// header with no number column (unnumberedRows).

/**
 * A signature's date as written: `2020年1月23日`, in Chinese numerals (`二〇二〇年二月十四日`, 三水 2007's
 * `二○○七年四月十三日`), or as a web page gives it (`2019-07-15` under 济南市中 2019's `市中区政府办公室`, `2020.1.5`).
 */
const SIGNED_DATE = '(?:[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|[0-9０-９]{4}([-－./．／])[0-9０-９]{1,2}\\1[0-9０-９]{1,2})';
/** A date under a table, alone or after its signature on the line (`淮安市人民政府办公室　　　　2020年2月14日印发`). */
export const DATED_LINE = new RegExp(`^(?:\\S.{0,30}?[\\s\\u3000]+)?${SIGNED_DATE}(?:印发|印發)?$`);
/** A signature's date on a line of its own (`2020年1月23日`, `二〇二〇年一月二十三日`). */
export const DATE_ALONE = new RegExp(`^${SIGNED_DATE}$`);
/** A page's word on the notice's release under its signature (`（此件公开发布）`, `(此件主动公开)`, `(此件公開發布)`). */
export const RELEASE_NOTE = /^[（(]此件[\u4e00-\u9fff]{2,8}[)）]$/;
/**
 * A note, a copy list or an attachment's heading under a table (`注：…`, `抄送：…`, `附件2`), or a page's word on
 * the notice's release under its signature (`（此件公开发布）`, `(此件主动公开)`, `(此件公開發布)`).
 */
const AFTER_TABLE_LINE = new RegExp(`^(?:(?:注|备注|備註|附注|附註|说明|說明|抄送|抄报|抄報)[:：]|附件[\\s\\u3000]*[0-9０-９一二三四五六七八九十]{0,2}$|${RELEASE_NOTE.source.slice(1)})`);

/** A line none of a table's cells is: a date (DATED_LINE), a note, copy list or attachment (AFTER_TABLE_LINE), a section's heading (`二、保障措施`). */
export function afterTable(line: StructureLine, content: string): boolean {
	return DATED_LINE.test(content) || AFTER_TABLE_LINE.test(content) || line.marker?.kind === MarkerKind.ChineseSection || line.marker?.kind === MarkerKind.Part;
}
