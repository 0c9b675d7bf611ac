import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { KeptTaskFindings } from '../../server/src/core/checks/keptTaskFindings';
import type { Finding } from '../../server/src/core/checks/finding';
import type { SeverityOverrides } from '../../server/src/core/checks/checkTable';
import { readNotice, rereadNotice, type NoticeReading } from '../../server/src/core/model/noticeReading';
import { engine } from '../support/engine';
import { repoRoot } from '../support/golden';

// A check that keeps each task's findings across edits (the server's, KeptTaskFindings) must find what
// a fresh read and check of the same text finds: tasks inserted, removed and moved by edits, registries
// and severities switched back and forth, two notices sharing the kept findings, a check in steps
// interleaved with another notice's, and paragraph tasks whose taken runs keep their first marker's kind.

const describeFindings = (findings: readonly Finding[]) => findings.map((f) => `${f.code}@${f.span.start}-${f.span.end}:${f.severity}:${JSON.stringify(f.args)}`);
/** A linear congruential generator: the same sequence of edits on every run. */
function seededRandom(seed: number): () => number {
	return () => {
		seed = (seed * 1103515245 + 12345) & 0x7fffffff;
		return seed / 0x7fffffff;
	};
}

interface Doc { text: string; reading: NoticeReading }

test('kept findings equal a fresh check under edits, settings, registries and two notices interleaved', () => {
	const seedsFolder = path.join(repoRoot(), 'seeds');
	const seeds = fs.readdirSync(seedsFolder).filter((file) => file.endsWith('.txt')).map((file) => fs.readFileSync(path.join(seedsFolder, file), 'utf8'));
	const D1 = engine.createDirectory([engine.parseRegistry('市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n市经信局 -> 市工信局\n', 'file:///a.units.txt')]);
	const D2 = engine.createDirectory([engine.parseRegistry('市发展和改革委员会\n市财政局 = 财政局\n县发改局\n市数据局 = 市经信局\n', 'file:///b.units.txt')]);
	const O1: SeverityOverrides = { 'missing-lead': 'warning', 'unit-variant': 'off' };
	const O2: SeverityOverrides = { 'missing-lead': 'off' };
	const dirs = [undefined, D1, D2];
	const ovs = [undefined, O1, O2];
	let checked = 0;
	for (let round = 0; round < 6; round++) {
		const r = seededRandom(round + 7);
		const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
		const kept = new KeptTaskFindings();
		const docs: Doc[] = [0, 1].map((k) => { const text = seeds[(round * 2 + k) % seeds.length]; return { text, reading: readNotice(text, engine.memo) }; });
		let dir = dirs[round % 3];
		let ov = ovs[(round + 1) % 3];
		const edit = (doc: Doc) => {
			const lines = doc.text.split('\n');
			const lineStarts: number[] = [];
			let at = 0;
			for (const l of lines) { lineStarts.push(at); at += l.length + 1; }
			const op = r();
			let from: number, to: number, insert: string;
			const i = Math.floor(r() * (lines.length - 1));
			if (op < 0.25) { // delete a line
				from = lineStarts[i]; to = lineStarts[i + 1]; insert = '';
			} else if (op < 0.5) { // copy a line elsewhere (a task moved/inserted)
				const j = Math.floor(r() * (lines.length - 1));
				from = to = lineStarts[j]; insert = lines[i] + '\n';
			} else if (op < 0.7) { // a unit name changed
				const k = lines.findIndex((l, n) => n >= i && /市|县|局/.test(l));
				const line = k < 0 ? i : k;
				const c = lines[line].search(/市|县/);
				from = lineStarts[line] + Math.max(c, 0); to = from + (c >= 0 ? 1 : 0); insert = pick(['县', '市', '区', '']);
			} else if (op < 0.8) { // the year in the title
				const m = /20\d\d/.exec(doc.text);
				if (!m) { return; }
				from = m.index; to = from + 4; insert = pick(['2019', '2020', '2021', '2024']);
			} else { // a keystroke in a line
				from = to = lineStarts[i] + Math.floor(r() * (lines[i].length + 1)); insert = pick(['，', '牵头', '1.', '一、', '\n', '市财政局']);
			}
			const li = doc.reading.notice.lineIndex;
			const range = { start: li.positionAt(from), end: li.positionAt(to) };
			doc.text = doc.text.slice(0, from) + insert + doc.text.slice(to);
			doc.reading = rereadNotice(doc.reading, doc.text, engine.memo, [{ range, text: insert }]);
		};
		const compare = (doc: Doc, found: Finding[], what: string) => {
			const fresh = engine.check(readNotice(doc.text, engine.memo).notice, dir, ov);
			assert.deepEqual(describeFindings(found), describeFindings(fresh), `${what} round ${round}`);
			checked++;
		};
		for (let step = 0; step < 60; step++) {
			const s = r();
			if (s < 0.15) { dir = pick(dirs); }
			else if (s < 0.3) { ov = pick(ovs); }
			else { edit(pick(docs)); }
			// the incremental reading equals a fresh read's findings too (a sanity check of the probe)
			const [a, b] = r() < 0.5 ? docs : [docs[1], docs[0]];
			if (r() < 0.5) {
				// two notices' checks interleaved: a's check stepped part way, b's whole, then a's rest
				const stepsA = engine.checkInSteps(a.reading.notice, dir, ov, kept);
				let res = stepsA.next();
				const dirB = r() < 0.3 ? pick(dirs) : dir;
				const foundB = engine.check(b.reading.notice, dirB, ov, kept);
				const freshB = engine.check(readNotice(b.text, engine.memo).notice, dirB, ov);
				assert.deepEqual(describeFindings(foundB), describeFindings(freshB), `b interleaved round ${round}`);
				while (!res.done) { res = stepsA.next(); }
				compare(a, res.value, 'a stepped');
			} else {
				compare(a, engine.check(a.reading.notice, dir, ov, kept), 'a');
				compare(b, engine.check(b.reading.notice, dir, ov, kept), 'b');
			}
		}
	}
	assert.ok(checked > 300, `${checked}`);
});

test('a notice of more tasks than a step, its check interleaved with a small one (the lists cut, then padded)', () => {
	const units = ['市发改委', '市财政局', '市经信局', '市工信局', '', '市商务局', '财政局'];
	let big = '关于印发2021年重点任务分解的通知\n\n一、总体要求\n';
	for (let i = 1; i <= 4300; i++) {
		if (i % 700 === 0) { big += `${'二三四五六七八'[i / 700 - 1]}、第${i}部分\n`; }
		big += `${i}.推进第${i}项重点工作\n牵头单位：${units[i % units.length]}\n`;
	}
	const small = '关于印发2021年工作要点的通知\n\n1.推进甲项工作\n牵头单位：\n2.推进乙项工作\n牵头单位：市经信局\n';
	const D1 = engine.createDirectory([engine.parseRegistry('市发展和改革委员会 = 市发改委\n市财政局\n市商务局\n市经信局 -> 市工信局\n', 'file:///a.units.txt')]);
	const D2 = engine.createDirectory([engine.parseRegistry('市发展和改革委员会\n市财政局 = 财政局\n市数据局 = 市经信局\n', 'file:///b.units.txt')]);
	const kept = new KeptTaskFindings();
	let reading = readNotice(big, engine.memo);
	let text = big;
	const smallNotice = engine.parseNotice(small);
	const r = seededRandom(3);
	const dirs = [undefined, D1, D2];
	for (let step = 0; step < 14; step++) {
		const dir = dirs[step % 3 === 2 ? 1 : Math.floor(r() * 3)];
		const dirB = dirs[Math.floor(r() * 3)];
		const steps = engine.checkInSteps(reading.notice, dir, undefined, kept);
		let res = steps.next();
		const stop = Math.floor(r() * 40);
		for (let k = 0; k < stop && !res.done; k++) { res = steps.next(); }
		const foundB = engine.check(smallNotice, dirB, undefined, kept);
		assert.deepEqual(describeFindings(foundB), describeFindings(engine.check(engine.parseNotice(small), dirB)), `small, step ${step}`);
		while (!res.done) { res = steps.next(); }
		assert.deepEqual(describeFindings(res.value), describeFindings(engine.check(readNotice(text, engine.memo).notice, dir)), `big, step ${step} (stopped after ${stop})`);
		// an edit: a task inserted or removed near the start, or a lead changed
		const lines = text.split('\n');
		const i = 3 + Math.floor(r() * 60) * 2;
		const op = r();
		let from = 0; let to = 0; let insert = '';
		const starts: number[] = []; let at = 0; for (const l of lines) { starts.push(at); at += l.length + 1; }
		if (op < 0.35) { from = to = starts[i]; insert = `${i}.新增第${step}项任务\n牵头单位：${units[step % units.length]}\n`; }
		else if (op < 0.7) { from = starts[i]; to = starts[i + 2]; }
		else { from = starts[i + 1]; to = starts[i + 2] - 1; insert = `牵头单位：${units[(step + 3) % units.length]}`; }
		const li = reading.notice.lineIndex;
		const range = { start: li.positionAt(from), end: li.positionAt(to) };
		text = text.slice(0, from) + insert + text.slice(to);
		reading = rereadNotice(reading, text, engine.memo, [{ range, text: insert }]);
	}
});

test('paragraphs of two lines closed by their lead, one added above and removed, mixed headings', () => {
	const text = '关于印发2021年工作要点的通知\n\n一、扩大内需\n落实积极的财政政策，\n稳定经济增长。(财政厅牵头)\n加强银企合作，\n支持实体经济。(人行成都分行牵头)\n扩大消费需求，\n促进消费升级。(商务厅牵头)\n（一）推进新型工业化\n实施工业强省战略，\n推动制造业发展。(经济和信息化委牵头)\n加快发展新兴产业，\n培育新动能。(发展改革委牵头)\n二、保障措施\n1.加强组织领导（财政厅牵头）\n2.强化督促检查\n';
	const view = (n: ReturnType<typeof readNotice>['notice']) => n.tasks.map((t) => `${t.index}:${t.start}-${t.end}:${t.marker.kind}:${t.marker.number}:${t.units.map((u) => `${u.role}/${u.name}`).join(',')}:${t.section ? t.section.start : -1}`);
	const anchors = ['落实积极', '加强银企', '扩大消费', '实施工业', '加快发展', '（一）', '二、', '1.加强'];
	const inserts = ['新增一项任务，\n补充说明。(商务厅牵头)\n', '新增工作。(财政厅牵头)\n', '（二）新的小节\n', '三、其他\n', '3.推进甲项\n'];
	const r = seededRandom(11);
	for (let round = 0; round < 40; round++) {
		const kept = new KeptTaskFindings();
		let current = text;
		let reading = readNotice(current, engine.memo);
		engine.check(reading.notice, undefined, undefined, kept);
		for (let k = 0; k < 4; k++) {
			const anchor = anchors[Math.floor(r() * anchors.length)];
			const at = current.indexOf(anchor);
			if (at < 0) { continue; }
			let removed = 0; let inserted = inserts[Math.floor(r() * inserts.length)];
			if (r() < 0.3) { removed = current.indexOf('\n', at) + 1 - at; inserted = ''; }
			const li = reading.notice.lineIndex;
			const range = { start: li.positionAt(at), end: li.positionAt(at + removed) };
			current = current.slice(0, at) + inserted + current.slice(at + removed);
			reading = rereadNotice(reading, current, engine.memo, [{ range, text: inserted }]);
			const fresh = readNotice(current, engine.memo).notice;
			assert.deepEqual(view(reading.notice), view(fresh), `round ${round} edit ${k}`);
			assert.deepEqual(describeFindings(engine.check(reading.notice, undefined, undefined, kept)), describeFindings(engine.check(fresh, undefined)));
		}
	}
});
