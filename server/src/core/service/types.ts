/**
 * What the language service answers with: plain data in the core's terms (offsets already
 * turned into line/character ranges of the document, texts already in the locale). A host converts
 * these to its protocol (the LSP layer) or prints them (the CLI).
 */
import type { CheckCode, Severity } from '../checks/checkTable';
import type { OutlineNode } from '../features/outline';
import type { SemanticToken } from '../features/semanticTokens';
import type { UnitRole } from '../syntax/fieldLabels';
import type { Position, Range } from '../text/lineIndex';

export type { Position, Range, SemanticToken, UnitRole };

export interface Location {
	uri: string;
	range: Range;
}

export interface Diagnostic {
	range: Range;
	severity: Severity;
	code: CheckCode;
	message: string;
	related: Array<{ location: Location; message: string }>;
}

/**
 * An outline node (sections, tasks; a task's lead units as its detail) with its ranges, not its
 * offsets: a task's symbol is kept from one version of the notice to the next while its name,
 * detail and ranges are the same (see documentOutline), though an edit before it moved it.
 */
export interface OutlineSymbol extends Pick<OutlineNode, 'kind' | 'name' | 'detail'> {
	range: Range;
	selectionRange: Range;
	children: OutlineSymbol[];
}

export interface Highlight {
	range: Range;
	/** A lead mention stands out from the others (the editor shows it as a write). */
	lead: boolean;
}

export interface HoverText {
	markdown: string;
	range: Range;
}

export interface CompletionItem {
	label: string;
	detail: string;
	/** What is typed of the name, up to the cursor: what the name takes the place of when inserted. */
	insertRange: Range;
	/** The whole name the cursor is in (up to the next separator): what it takes the place of when it replaces. */
	range: Range;
	filterText: string;
	sortText: string;
}

export interface TextChange {
	range: Range;
	newText: string;
	/** Where in `newText` the cursor goes after the edit, for a client that places it (see TextEdit). */
	cursor?: number;
}

/**
 * Edits to files; `create`: a file made first (kept if it exists), which needs a client that creates files.
 * A file's `version`: the editor's version of the open document the edits were computed from. A file
 * marked `confirm` holds edits the clerk should see before they are applied, for the reason
 * `confirmation` says (a client that takes change annotations shows the change first).
 */
export interface WorkspaceChange {
	files: Array<{ uri: string; version?: number; edits: TextChange[]; confirm?: boolean }>;
	create?: string;
	confirmation?: { label: string; description: string };
}

export interface CodeActionItem {
	title: string;
	kind: 'quickfix' | 'fix-all';
	/** The diagnostics of the request (by index) the action fixes. */
	diagnostics: number[];
	preferred: boolean;
	/** Absent when the action cannot be done here: `refusal` says why when it is chosen. */
	change?: WorkspaceChange;
	/** A file the editor saves once the change is applied: a hidden finding counts once it is on disk, for the CLI too. */
	save?: string;
	refusal?: string;
}

/** A hidden finding as the list of hidden findings shows it, in the locale. */
export interface HiddenFindingItem {
	/** The `.breakdown/ignore.json` that holds it. */
	file: string;
	/** Names the entry within its file (for removing it). */
	key: string;
	/** The finding's message as it would show, or its code and subject when the text changed and it matches nothing. */
	label: string;
	/** The notice (relative to the file's folder) and the task. */
	description: string;
	/** The opening words of the task, and the clerk's note. */
	detail: string;
	/** Whether it hides a finding now. */
	matches: boolean;
	/** Where the finding it hides is. */
	location?: Location;
}

export interface HiddenFindingsList {
	items: HiddenFindingItem[];
	/** Files that cannot be read in full (they hide nothing), said in the locale. */
	problems: string[];
}

/** A change to a hidden-findings file and the file to save after it, or why it cannot be made (in the locale). */
export type HiddenFileAnswer = { change: WorkspaceChange; save: string } | { refusal: string };

/** A code lens on a registry entry; `unit` is where the client's "tasks of this unit" command looks. */
export interface CodeLensItem {
	range: Range;
	title: string;
	unit: { uri: string; position: Position };
}

export interface SymbolItem {
	name: string;
	kind: 'unit' | 'task';
	location: Location;
	container: string;
}

/** A rename's edits, or why it was refused (in the locale). */
export type RenameAnswer = { change: WorkspaceChange } | { refusal: string };

/** The create-registry command: the notice's units not yet listed, appended to its registry or written into a new one. */
export interface RegistryCommand {
	target: string;
	change: WorkspaceChange;
	createsFile: boolean;
	/** The edit's label, in the locale. */
	title: string;
	/** Why the editor cannot make the change (it applies no edits, or creates no files), in the locale. */
	refusal?: string;
}

/** What an editor can do with a change: the LSP client's declared capabilities. */
export interface EditorAbilities {
	canApplyEdits: boolean;
	canCreateFiles: boolean;
}

/** A task as the Units view and the quick pick show it. */
export interface UnitTaskItem {
	uri: string;
	/** The task's marker and title. */
	range: Range;
	/** `21` or, under numbered sections, `2.3`. */
	label: string;
	title: string;
	role: UnitRole;
	/** `第 21 项：…` / `Task 21: …`, in the locale. */
	text: string;
	/** The notice's file name. */
	file: string;
}

/** A unit with its tasks by role, and the labels the views show, in the locale. */
export interface UnitItem {
	identity: string;
	name: string;
	/** `牵头 2 项 · 责任 1 项 · 配合 0 项`. */
	description: string;
	lead: UnitTaskItem[];
	responsible: UnitTaskItem[];
	other: UnitTaskItem[];
	/** The headings over each role's tasks: `牵头（2）`. */
	roles: Record<UnitRole, string>;
	/** The notices its tasks are in, by file name: the Units view groups them by notice when there are several. */
	notices: UnitNoticeItem[];
}

/**
 * A unit as the Units view lists it before it is expanded: its name and counts, no task (a
 * workspace of 1,000 notices holds 330,000 of them); its notices and tasks are asked for when the
 * clerk expands it (`unitOfView`).
 */
export interface UnitSummaryItem {
	identity: string;
	name: string;
	/** `牵头 2 项 · 责任 1 项 · 配合 0 项`. */
	description: string;
	/** Its tasks by role, each task once (in its strongest role). */
	counts: Record<UnitRole, number>;
	/** How many notices its tasks are in: the view groups them by notice when there are several. */
	notices: number;
}

/** Which of a unit's tasks a `unitOfView` answer carries: all (the default), those in one notice, or none (its counts and notices only). */
export interface UnitScope {
	/** Only the tasks in this notice. */
	notice?: string;
	/** False: no task, its counts and notices only. */
	tasks?: boolean;
}

/** One notice of a unit: its tasks there are those of the unit's lists with this `uri`. */
export interface UnitNoticeItem {
	uri: string;
	/** The notice's file name. */
	file: string;
	/** The unit's counts by role in this notice. */
	description: string;
	/** The headings over each role's tasks in this notice. */
	roles: Record<UnitRole, string>;
}

/** What the status bar shows on a notice, with its labels in the locale. */
export interface NoticeSummary {
	tasks: number;
	/** Undefined for a text that expects no lead units (no unit fields at all). */
	withoutLead: number | undefined;
	/** Findings shown, by severity; hidden ones apart. */
	findings: Record<Severity, number>;
	hidden: number;
	/** `87 项任务 · 2 项无牵头 · 5 个问题`. */
	text: string;
	/** One line per count, then what a click does. */
	tooltip: string;
}
