// The layer rules of docs/architecture.md, checked over the TypeScript import graph: every
// import, export-from, dynamic import and require of every source file, read with the compiler's
// own parser. `test/architecture/layers.test.ts` runs it in `npm test`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinModules } from 'node:module';
import * as ts from 'typescript';

export interface Layer {
	/** A folder of the repository, with forward slashes. */
	folder: string;
	/** Folders (repository-relative) this layer's files may import from; its own folder always. */
	folders: readonly string[];
	/** Folders it may import types from only (`import type`, `export type`): erased from the bundle. */
	typeOnlyFolders?: readonly string[];
	/** npm packages (and their subpaths) it may import. */
	packages: readonly string[];
	/**
	 * Of `packages`, those it may load only when first used: by a require or import() inside a
	 * function (or types only). A module-level import runs the package's initialization when the
	 * bundle loads, whether or not the session uses it.
	 */
	loadedWhenUsed?: readonly string[];
	/**
	 * Files that are a bundle of their own (dist/pinyin.js), which the host requires by its path when
	 * first used: there a package loaded when used is imported at module level. Nothing imports them
	 * (a test checks that the server's bundle holds none of the package).
	 */
	ownBundles?: readonly string[];
	/** Whether Node's built-in modules (`node:fs`, `path` …) may be imported. */
	nodeBuiltins: boolean;
	/** What the layer is, for the message. */
	why: string;
}

/**
 * Inside the engine, downward only too (docs/architecture.md): text ← units ← syntax ← interpret and
 * model (one layer: the model's types and the reader) ← checks ← features ← engine.ts ← workspace ← service.
 * messages (the text for people) stands beside checks, over syntax.
 */
const CORE_LAYERS: ReadonlyArray<[folder: string, below: readonly string[]]> = [
	['text', []],
	['units', ['text']],
	['syntax', ['text', 'units']],
	['interpret', ['text', 'units', 'syntax', 'model']],
	['model', ['text', 'units', 'syntax', 'interpret']],
	['messages', ['text', 'syntax']],
	['checks', ['text', 'units', 'syntax', 'interpret', 'model', 'messages']],
	['features', ['text', 'units', 'syntax', 'interpret', 'model', 'messages', 'checks']],
	// engine.ts: the reader, the checks and the catalog behind one object, which the workspace reads with.
	['workspace', ['text', 'units', 'syntax', 'interpret', 'model', 'messages', 'checks', 'features', 'engine']],
];

const ENGINE_WHY = 'the engine and the language service are pure TypeScript (no LSP, no vscode, no Node): they run in a browser worker too';

/** Downward only: core ← protocol ← lsp ← node, core ← cli, protocol ← client, protocol ← webview (types) ← client (types). */
export const LAYERS: readonly Layer[] = [
	// The first layer a file is within is its own: the engine's inner layers before the engine.
	...CORE_LAYERS.map(([folder, below]) => ({
		folder: `server/src/core/${folder}`,
		folders: below.map((under) => `server/src/core/${under}`),
		packages: ['opencc-js'],
		nodeBuiltins: false,
		why: `inside the engine, ${folder}/ stands over ${below.length > 0 ? below.map((under) => `${under}/`).join(', ') : 'nothing of it'} only (docs/architecture.md); and ${ENGINE_WHY}`,
	})),
	{
		folder: 'server/src/core',
		folders: [],
		// Not pinyin-pro: the host loads it when first asked for (see PinyinReader); imported here, it would load with the server.
		packages: ['opencc-js'],
		nodeBuiltins: false,
		why: ENGINE_WHY,
	},
	{
		folder: 'server/src/protocol',
		folders: [],
		typeOnlyFolders: ['server/src/core'],
		packages: ['vscode-languageserver-protocol'],
		nodeBuiltins: false,
		why: 'the protocol is shared with the client: message types and their payload types only',
	},
	{
		folder: 'server/src/lsp',
		folders: ['server/src/core', 'server/src/protocol'],
		packages: ['vscode-languageserver', 'vscode-languageserver-protocol', 'vscode-languageserver-textdocument'],
		nodeBuiltins: false,
		why: 'the LSP layer converts and routes; the machine is the host’s',
	},
	{
		folder: 'server/src/node',
		folders: ['server/src/core', 'server/src/lsp', 'server/src/protocol'],
		packages: ['vscode-languageserver', 'exceljs', 'pinyin-pro'],
		// Its dictionary, built when it loads, was some 35 ms of every server's start (see PinyinReader).
		loadedWhenUsed: ['pinyin-pro'],
		ownBundles: ['server/src/node/pinyinModule.ts'],
		nodeBuiltins: true,
		why: 'the Node host: file system, process, transport',
	},
	{
		folder: 'server/src/cli',
		folders: ['server/src/core', 'server/src/node'],
		packages: [],
		nodeBuiltins: true,
		why: 'the CLI runs the language service over the Node host, not the LSP layer',
	},
	{
		folder: 'client/src',
		folders: ['server/src/protocol'],
		typeOnlyFolders: ['client/webview'],
		packages: ['vscode', 'vscode-languageclient'],
		nodeBuiltins: false,
		why: 'the client knows the server only through the protocol',
	},
	{
		folder: 'client/webview',
		folders: [],
		typeOnlyFolders: ['server/src/protocol'],
		packages: [],
		nodeBuiltins: false,
		why: 'the webview runs in a browser frame: it draws what its panel sends, with types only from the protocol',
	},
];

/** Folders whose text for people comes from the message table (or the client's l10n bundle): no Chinese literal there. */
const NO_TEXT_FOLDERS = ['server/src/lsp', 'client/src', 'client/webview'];
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

/** Calls that name an LSP method: the method must be a typed constant, never a bare string. */
const METHOD_CALLS = new Set(['sendRequest', 'sendNotification', 'onRequest', 'onNotification']);
/** Where method names must come from constants. */
const TYPED_METHOD_FOLDERS = ['server/src', 'client/src', 'client/webview'];

export interface Violation {
	file: string;
	line: number;
	message: string;
}

interface ImportSite {
	specifier: string;
	typeOnly: boolean;
	/** A require or import() inside a function: the module loads when the function first runs. */
	whenCalled: boolean;
	line: number;
}

const BUILTINS = new Set(builtinModules);

function isBuiltin(specifier: string): boolean {
	return specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0]);
}

function packageName(specifier: string): string {
	const parts = specifier.split('/');
	return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Every module a file names, with whether the naming is erased (type-only). */
function importsOf(source: ts.SourceFile): ImportSite[] {
	const sites: ImportSite[] = [];
	const add = (node: ts.Node, literal: ts.Expression | undefined, typeOnly: boolean, whenCalled = false) => {
		if (literal && ts.isStringLiteralLike(literal)) {
			sites.push({ specifier: literal.text, typeOnly, whenCalled, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
		}
	};
	const visit = (node: ts.Node) => {
		if (ts.isImportDeclaration(node)) {
			const clause = node.importClause;
			const allTypes = clause !== undefined && (clause.isTypeOnly || (!clause.name && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((element) => element.isTypeOnly)));
			add(node, node.moduleSpecifier, allTypes);
		} else if (ts.isExportDeclaration(node)) {
			const allTypes = node.isTypeOnly || (node.exportClause !== undefined && ts.isNamedExports(node.exportClause) && node.exportClause.elements.length > 0 && node.exportClause.elements.every((element) => element.isTypeOnly));
			add(node, node.moduleSpecifier, allTypes);
		} else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
			add(node, node.moduleReference.expression, node.isTypeOnly);
		} else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
			add(node, node.arguments[0], false, insideFunction(node));
		} else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
			add(node, node.argument.literal as ts.Expression, true);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return sites;
}

/** Method-naming calls whose method is a string literal (`connection.onRequest('breakdown/x', …)`). */
function bareMethods(source: ts.SourceFile): Array<{ method: string; line: number }> {
	const found: Array<{ method: string; line: number }> = [];
	const visit = (node: ts.Node) => {
		if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && METHOD_CALLS.has(node.expression.name.text)) {
			const first = node.arguments[0];
			if (first && ts.isStringLiteralLike(first)) {
				found.push({ method: first.text, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

function sourceFiles(folder: string): string[] {
	if (!fs.existsSync(folder)) {
		return [];
	}
	return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		return entry.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
	});
}

const within = (file: string, folder: string) => file === folder || file.startsWith(folder + '/');

/** The violations of one file's text, as if it stood at `file` (repository-relative, forward slashes). */
export function checkFile(file: string, text: string): Violation[] {
	const layer = LAYERS.find((candidate) => within(file, candidate.folder));
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
	const violations: Violation[] = [];
	if (layer) {
		for (const site of importsOf(source)) {
			const problem = importProblem(layer, file, site);
			if (problem) {
				violations.push({ file, line: site.line, message: `${layer.folder} may not import ${problem}: ${layer.why}` });
			}
		}
	}
	if (TYPED_METHOD_FOLDERS.some((folder) => within(file, folder))) {
		for (const call of bareMethods(source)) {
			violations.push({ file, line: call.line, message: `the method "${call.method}" is a bare string: use a RequestType/NotificationType constant (protocol.ts or the LSP library's)` });
		}
		for (const variable of moduleVariables(source)) {
			violations.push({ file, line: variable.line, message: `"${variable.name}" is a module-level variable: state belongs to an instance (an engine, a service, a session)` });
		}
	}
	if (NO_TEXT_FOLDERS.some((folder) => within(file, folder))) {
		for (const literal of chineseLiterals(source)) {
			violations.push({ file, line: literal.line, message: `"${literal.text}" is text for people outside the message table (core/messages/messageTable.ts) or the l10n bundle` });
		}
	}
	return violations;
}

function importProblem(layer: Layer, file: string, site: ImportSite): string | undefined {
	const { specifier } = site;
	if (specifier.startsWith('.')) {
		const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
		if (within(target, layer.folder) || layer.folders.some((folder) => within(target, folder))) {
			return undefined;
		}
		if (site.typeOnly && layer.typeOnlyFolders?.some((folder) => within(target, folder))) {
			return undefined;
		}
		return layer.typeOnlyFolders?.some((folder) => within(target, folder)) ? `values from ${target} (types only)` : target;
	}
	if (isBuiltin(specifier)) {
		return layer.nodeBuiltins ? undefined : `the Node module "${specifier}"`;
	}
	if (!layer.packages.includes(packageName(specifier))) {
		return `the package "${specifier}"`;
	}
	if (layer.loadedWhenUsed?.includes(packageName(specifier)) && !site.typeOnly && !site.whenCalled && !layer.ownBundles?.includes(file)) {
		return `the package "${specifier}" at module level (load it inside a function, when first used)`;
	}
	return undefined;
}

/** Inside a function that runs later: not one called where it is written (`(() => require(…))()` loads at once). */
function insideFunction(node: ts.Node): boolean {
	for (let parent = node.parent; parent; parent = parent.parent) {
		if (ts.isFunctionLike(parent) && !calledWhereWritten(parent)) {
			return true;
		}
	}
	return false;
}

function calledWhereWritten(fn: ts.Node): boolean {
	let outer = fn;
	while (ts.isParenthesizedExpression(outer.parent)) {
		outer = outer.parent;
	}
	return ts.isCallExpression(outer.parent) && outer.parent.expression === outer;
}

/** `let` or `var` at the top of a module: state shared by every server, test and CLI run in the process. */
function moduleVariables(source: ts.SourceFile): Array<{ name: string; line: number }> {
	return source.statements
		.filter((statement): statement is ts.VariableStatement => ts.isVariableStatement(statement) && (statement.declarationList.flags & ts.NodeFlags.Const) === 0)
		.flatMap((statement) => statement.declarationList.declarations.map((declaration) => ({ name: declaration.name.getText(source), line: source.getLineAndCharacterOfPosition(statement.getStart(source)).line + 1 })));
}

/** String and template literals with Chinese text. */
function chineseLiterals(source: ts.SourceFile): Array<{ text: string; line: number }> {
	const found: Array<{ text: string; line: number }> = [];
	const visit = (node: ts.Node) => {
		if ((ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) && CJK.test(node.text)) {
			found.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

/** Every violation in the repository at `root`. */
export function checkLayers(root: string): Violation[] {
	const folders = [...new Set([...LAYERS.map((layer) => layer.folder), ...TYPED_METHOD_FOLDERS])];
	const files = [...new Set(folders.flatMap((folder) => sourceFiles(path.join(root, folder))))];
	return files.flatMap((full) => checkFile(path.relative(root, full).split(path.sep).join('/'), fs.readFileSync(full, 'utf8')));
}
