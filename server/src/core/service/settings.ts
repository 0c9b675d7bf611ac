import { isCheckCode, type Locale, type Severity, type SeverityOverrides } from '../checks/checkTable';
import { message, type Message } from '../messages/message';

/** The `breakdown.*` settings the service runs with, validated (the server reads them from the editor; the CLI from its arguments). */
export interface BreakdownSettings {
	/** A registry path relative to the workspace folder (or absolute inside it); empty: registries found beside the notices. */
	registry: string;
	severity: SeverityOverrides;
	locale: Locale | 'auto';
	/** Files larger than this (in UTF-16 code units) get one information finding instead of analysis. */
	maxFileSize: number;
}

export const DEFAULT_SETTINGS: BreakdownSettings = { registry: '', severity: {}, locale: 'auto', maxFileSize: 5_000_000 };

const LEVELS = new Set<Severity | 'off'>(['error', 'warning', 'information', 'hint', 'off']);

/** Reads raw settings; anything invalid falls back to the default and is described in `problems`. */
export function readSettings(raw: unknown): { settings: BreakdownSettings; problems: Message[] } {
	const problems: Message[] = [];
	const settings: BreakdownSettings = { ...DEFAULT_SETTINGS, severity: {} };
	if (raw === null || raw === undefined) {
		return { settings, problems };
	}
	if (typeof raw !== 'object') {
		return { settings, problems: [message('settings.not-an-object')] };
	}
	const value = raw as Record<string, unknown>;
	if (value.registry !== undefined && value.registry !== null) {
		if (typeof value.registry === 'string') {
			settings.registry = value.registry.trim();
		} else {
			problems.push(message('settings.registry-not-a-path'));
		}
	}
	if (value.severity !== undefined && value.severity !== null) {
		if (typeof value.severity === 'object') {
			for (const [code, level] of Object.entries(value.severity as Record<string, unknown>)) {
				if (!isCheckCode(code)) {
					problems.push(message('settings.unknown-check', code));
				} else if (typeof level !== 'string' || !LEVELS.has(level as Severity)) {
					problems.push(message('settings.bad-severity', code));
				} else {
					settings.severity[code] = level as Severity | 'off';
				}
			}
		} else {
			problems.push(message('settings.severity-not-an-object'));
		}
	}
	if (value.locale !== undefined && value.locale !== null) {
		const locale = String(value.locale).toLowerCase();
		if (locale === 'auto' || locale === 'zh-cn' || locale === 'en') {
			settings.locale = locale;
		} else {
			problems.push(message('settings.bad-locale'));
		}
	}
	if (value.maxFileSize !== undefined && value.maxFileSize !== null) {
		if (typeof value.maxFileSize === 'number' && Number.isFinite(value.maxFileSize) && value.maxFileSize > 0) {
			settings.maxFileSize = value.maxFileSize;
		} else {
			problems.push(message('settings.bad-max-file-size'));
		}
	}
	return { settings, problems };
}

/** The locale for messages: the setting, or the editor's display language. */
export function effectiveLocale(settings: BreakdownSettings, clientLocale: string | undefined): Locale {
	if (settings.locale !== 'auto') {
		return settings.locale;
	}
	return !clientLocale || clientLocale.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}
