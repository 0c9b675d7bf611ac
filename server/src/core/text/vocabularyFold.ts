/**
 * Traditional forms of the characters the reader's vocabulary is made of (labels, role verbs,
 * table headers, unit suffixes): `牽頭單位` reads as `牵头单位`, `負責` as `负责`. One character
 * for one, so offsets into the folded text are offsets into the source. Unit names themselves are
 * matched by unitKey, which folds the whole script with OpenCC; this is only for the words that
 * structure a notice, and costs a table look-up per character.
 */
const PAIRS =
	'牽牵頭头單单責责負负會会領领導导協协辦办參参與与門门時时間间節节點点務务標标體体處处織织實实總总' +
	'廳厅據据應应進进業业區区縣县鄉乡鎮镇級级軍军機机關关構构員员號号發发經经濟济財财稅税環环營营衛卫' +
	'價价廣广電电視视聯联組组黨党團团館馆園园場场歸归屬属劃划規规層层結结續续編编錄录寫写紀纪議议說说' +
	'話话設设計计備备註注況况養养題题類类綜综專专齊齐將将選选資资產产農农職职勞劳壇坛長长書书記记範范' +
	'圍围並并僅仅網网狀状態态確确認认報报盤盘轄辖開开闢辟運运輸输礦矿鐵铁鋼钢險险銀银證证監监審审辭辞' +
	'庫库儲储醫医藥药療疗學学擔担當当築筑請请檢检測测質质滿满訊讯條条陸陆島岛轉转遷迁鄰邻峽峡灣湾礎础' +
	'礙碍頒颁頁页廢废憑凭獎奖驗验隊队鄭郑廠厂齡龄際际災灾雙双龍龙歡欢變变繫系來来輯辑掃扫閉闭頂顶刪删減减銜衔' +
	'數数預预別别項项內内舉举塊块爲为貧贫統统戰战國国見见決决試试暫暂銅铜樓楼術术婦妇殘残僑侨匯汇廈厦個个臺台獄狱糧粮觀观須须羣群祕秘調调師师動动們们' +
	// 無牽頭單位的，責任單位即為牽頭單位: the words of the responsible-lead convention.
	'為为無无' +
	// 中省駐市單位, 駐市部隊: a collective's first word.
	'駐驻' +
	// 市氣象局, 郵政, 煙草 (regional agencies), 圖書館, 人武裝部: words a unit's name is read by.
	'氣气郵邮煙烟圖图裝装' +
	// 5.5萬畝, 1.2億元, 10輛: the measures after a figure (a decimal is no item's number before one).
	'萬万億亿噸吨畝亩戶户輛辆張张' +
	// 一、二輪, 第三、四屆: what numbers listed with 、 count.
	'輪轮屆届' +
	// 責任單位 對…負責: a word prose opens with after a subject.
	'對对' +
	// 基本原則, 總體考慮: the titles that frame a plan.
	'則则慮虑' +
	// 由A會同B抓緊落實, 擬定, 修訂, 統籌: the work that follows the partners of 會同.
	'緊紧擬拟訂订籌筹' +
	// 關於…的通知, 一覽表, 臺賬: a title's words, as a page's header repeats it.
	'於于覽览賬账' +
	// 第三條 規定, 所稱, 執行: a law's article cited in prose.
	'稱称執执' +
	// 主管領導：親自帶隊檢查, 掛帥, 一線指揮: a clause of the work after a leader's label, no leader (see readsAsPeople).
	'親亲帶带帥帅線线掛挂' +
	// 細化分工: a table's column of the task's detailed work (see tableHeaders).
	'細细' +
	// 縣財政局積極配合: the adverb before a helpers' verb, no part of their names (「縣財政局積極」 was no unit, the lead lost).
	'積积極极' +
	// 各鄉鎮認真貫徹落實, 紮實推進, 嚴格落實, 各盡其責: the words taking the work in hand (see leadWording's TAKING_IN_HAND).
	'貫贯徹彻紮扎嚴严盡尽' +
	// 加強指導各鄉鎮: the manner of the lead's work over the bodies it guides (see leadWording's GUIDING_OPENING).
	'強强';

const SIMPLIFIED = new Map<number, number>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
	SIMPLIFIED.set(PAIRS.charCodeAt(i), PAIRS.charCodeAt(i + 1));
}

/** The same as a table over the ideographs (one look-up per character of a whole notice must be cheap). */
const FIRST = 0x4e00;
const TABLE = new Uint16Array(0xa000 - FIRST);
for (const [traditional, simplified] of SIMPLIFIED) {
	TABLE[traditional - FIRST] = simplified;
}

/** The character code with a Traditional vocabulary character replaced by its Simplified form. */
export function foldCode(code: number): number {
	return code < FIRST || code >= 0xa000 ? code : TABLE[code - FIRST] || code;
}

/** `text` with the vocabulary's Traditional characters in Simplified form; the same length. */
export function foldVocabulary(text: string): string {
	// Nearly every text folds to itself: each code read once and looked up in place, the length loaded
	// once (foldCode's call and a second read of each code cost half of a new server's first folds).
	const length = text.length;
	let i = 0;
	for (; i < length; i++) {
		const code = text.charCodeAt(i);
		if (code >= FIRST && code < 0xa000 && TABLE[code - FIRST] !== 0) {
			break;
		}
	}
	if (i === length) {
		return text;
	}
	// Folded into an array of codes and made a string in chunks, not grown a character at a time: a
	// whole notice in Traditional script is folded too (its convention, its kind), and a string
	// grown by one character per step is a chain of a million pieces.
	const codes = new Uint16Array(text.length);
	for (let at = 0; at < text.length; at++) {
		codes[at] = at < i ? text.charCodeAt(at) : foldCode(text.charCodeAt(at));
	}
	if (codes.length <= CHUNK) {
		return String.fromCharCode.apply(null, codes as unknown as number[]);
	}
	const parts: string[] = [];
	for (let at = 0; at < codes.length; at += CHUNK) {
		parts.push(String.fromCharCode.apply(null, codes.subarray(at, at + CHUNK) as unknown as number[]));
	}
	return parts.join('');
}

/** Codes made a string at a time: well under the engines' limits on a call's arguments. */
const CHUNK = 8192;

export function traditionalFormsOf(codes: ReadonlySet<number>): number[] {
	const result: number[] = [];
	for (const [traditional, simplified] of SIMPLIFIED) {
		if (codes.has(simplified)) {
			result.push(traditional);
		}
	}
	return result;
}
