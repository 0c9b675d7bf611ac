// Deterministic workloads for the benchmark, shaped like the samples: sections, numbered tasks with
// text from the samples, 牵头单位/责任单位 lines naming units from a fixed pool; and the same content
// as Markdown (sections and tasks as headings, units as links to a units page) for the Markdown server.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatChineseNumber } from '../server/src/core/text/chineseNumber';

/** xorshift32: a small seeded generator, so workloads and fuzz runs can be repeated. */
export function random(seed: number): () => number {
	let state = seed >>> 0 || 1;
	return () => {
		state ^= state << 13;
		state >>>= 0;
		state ^= state >>> 17;
		state ^= state << 5;
		state >>>= 0;
		return state / 0x100000000;
	};
}

export interface Workload {
	notice: string;
	markdown: string;
}

export interface Pools {
	titles: string[];
	units: string[];
}

/** Task texts and unit names taken from the samples. */
export function pools(root: string): Pools {
	const titles: string[] = [];
	for (const name of fs.readdirSync(path.join(root, 'seeds'))) {
		for (const line of fs.readFileSync(path.join(root, 'seeds', name), 'utf8').split(/\r?\n/)) {
			const match = /^\d{1,3}[.、．](.{8,})$/.exec(line.trim());
			if (match) {
				titles.push(match[1].slice(0, 80));
			}
		}
	}
	const units = ['市发改委', '市财政局', '市商务局', '市工信局', '市科技局', '市住建局', '市交通运输局', '市生态环境局', '市自然资源和规划局', '市农业农村局', '市教育局', '市卫生健康委', '市人力社保局', '市民政局', '市公安局', '市司法局', '市应急管理局', '市市场监管局', '市文化和广电旅游体育局', '市水利局', '市城市管理局', '市统计局', '市医疗保障局', '市委组织部', '市委宣传部', '市委政法委', '市府办', '市税务局', '市投资促进中心', '市港航和口岸管理局'];
	return { titles, units };
}

/** A notice of about `size` UTF-16 code units, and its Markdown twin. */
export function makeNotice(pools: Pools, size: number, seed: number, unitsPage = 'units.md'): Workload {
	const next = random(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
	const notice: string[] = ['某市人民政府办公室关于印发2020年政府工作报告重点工作任务分解方案的通知', '列第一位者为牵头单位，下同。', ''];
	const markdown: string[] = ['# 2020年政府工作报告重点工作任务分解方案', ''];
	let length = 0;
	let section = 0;
	// Twenty tasks a section, more in a larger notice: a notice has tens of sections, not hundreds.
	const tasksPerSection = Math.max(20, Math.ceil(size / 75 / 90));
	while (length < size) {
		section++;
		// 十一、 as a notice writes it: an Arabic 11、 reads as a task of the previous section (700 duplicate-number errors on a 200 KB notice).
		const heading = `${formatChineseNumber(section)}、重点工作第${section}部分`;
		notice.push(heading);
		markdown.push(`## ${heading}`, '');
		for (let task = 1; task <= tasksPerSection && length < size; task++) {
			const title = pick(pools.titles);
			const lead = pick(pools.units);
			const responsible = [pick(pools.units), pick(pools.units), pick(pools.units)].filter((unit) => unit !== lead);
			const taskLine = `${task}.${title}`;
			const unitLine = `牵头单位：${lead}；责任单位：${[...new Set(responsible)].join('、')}`;
			notice.push(taskLine, unitLine);
			const link = (unit: string) => `[${unit}](${unitsPage}#${unit})`;
			markdown.push(`### ${task}. ${title}`, '', `牵头单位：${link(lead)}；责任单位：${[...new Set(responsible)].map(link).join('、')}`, '');
			length += taskLine.length + unitLine.length + 2;
		}
	}
	return { notice: notice.join('\n') + '\n', markdown: markdown.join('\n') + '\n' };
}

/** The units page the Markdown links point to. */
export function unitsMarkdown(pools: Pools): string {
	return ['# 单位', '', ...pools.units.flatMap((unit) => [`## ${unit}`, ''])].join('\n');
}

export function registryText(pools: Pools): string {
	return ['# 单位名录', ...pools.units].join('\n') + '\n';
}

/** A workspace of `count` notices (and a registry), and its Markdown twin (and a units page). */
export function makeWorkspace(root: string, pools: Pools, count: number, noticeSize: number): { notices: string; markdown: string; bytes: number } {
	const notices = path.join(root, 'notices');
	const markdown = path.join(root, 'markdown');
	fs.rmSync(root, { recursive: true, force: true });
	fs.mkdirSync(notices, { recursive: true });
	fs.mkdirSync(markdown, { recursive: true });
	fs.writeFileSync(path.join(notices, '单位名录.txt'), registryText(pools));
	fs.writeFileSync(path.join(markdown, 'units.md'), unitsMarkdown(pools));
	let bytes = 0;
	for (let i = 0; i < count; i++) {
		const workload = makeNotice(pools, noticeSize, 1000 + i);
		fs.writeFileSync(path.join(notices, `notice-${String(i).padStart(4, '0')}.txt`), workload.notice);
		fs.writeFileSync(path.join(markdown, `notice-${String(i).padStart(4, '0')}.md`), workload.markdown);
		bytes += Buffer.byteLength(workload.notice);
	}
	return { notices, markdown, bytes };
}

const REGISTRY_WORDS = ['发展', '改革', '财政', '商务', '科技', '教育', '交通', '水利', '农业', '林业', '文化', '旅游', '体育', '卫生', '健康', '民政', '司法', '审计', '统计', '粮食', '物资', '储备', '人防', '气象', '地震', '档案', '机关', '事务', '信访', '外事', '侨务', '港澳', '台湾', '民族', '宗教', '海洋', '渔业', '口岸', '金融', '国资'];
const REGISTRY_SUFFIXES = ['局', '委员会', '办公室', '中心', '管理处', '服务站', '研究院', '事务所'];

/**
 * A registry of `lines` lines: the pool's units (so a generated notice names only known units),
 * then distinct made-up unit names of the usual shape, one in ten with an alias.
 */
export function largeRegistryText(pools: Pools, lines: number): string {
	const result = ['# 单位名录', ...pools.units];
	const words = REGISTRY_WORDS.length;
	for (let i = 0; result.length < lines; i++) {
		const name = `${'市县区'[i % 3]}${REGISTRY_WORDS[i % words]}${REGISTRY_WORDS[Math.floor(i / words) % words]}${REGISTRY_WORDS[Math.floor(i / words / words) % words]}${REGISTRY_SUFFIXES[Math.floor(i / words / words / words) % REGISTRY_SUFFIXES.length]}`;
		result.push(i % 10 === 0 ? `${name} = ${name.slice(0, 3)}${name.slice(-1)}${i}` : name);
	}
	return result.slice(0, lines).join('\n') + '\n';
}

/** The notice with a few units misspelt, so every keystroke looks up suggestions for unknown units. */
export function withMisspelledUnits(notice: string): string {
	let count = 0;
	return notice.replace(/市财政局|市商务局|市科技局/g, (unit) => (count++ % 10 === 0 ? unit.replace(/政|务|技/, (character) => ({ 政: '正', 务: '物', 技: '枝' })[character]!) : unit));
}
