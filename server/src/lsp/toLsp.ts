import { DiagnosticSeverity, SymbolKind, type Diagnostic, type DocumentSymbol } from 'vscode-languageserver';
import { formatMessage, type Locale, type Severity } from '../core/checks/checkTable';
import type { Finding } from '../core/checks/finding';
import { localize } from '../core/messages/message';
import type { OutlineNode } from '../core/features/outline';
import type { LineIndex } from '../core/text/lineIndex';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

/** An engine finding as an LSP diagnostic: code, source, and the related places (same document unless a uri is given). */
export function toDiagnostic(finding: Finding, lineIndex: LineIndex, uri: string, locale: Locale): Diagnostic {
	return {
		range: lineIndex.rangeOf(finding.span),
		severity: SEVERITIES[finding.severity],
		code: finding.code,
		source: 'breakdown',
		message: formatMessage(finding.code, finding.args, locale, finding.suggestions),
		relatedInformation: finding.related.map((related) => ({
			location: { uri: related.uri ?? uri, range: lineIndex.rangeOf(related.span) },
			message: localize(related.message, locale),
		})),
	};
}

export function toDocumentSymbol(node: OutlineNode, lineIndex: LineIndex): DocumentSymbol {
	return {
		name: node.name.length > 0 ? node.name : ' ',
		detail: node.detail,
		kind: node.kind === 'section' ? SymbolKind.Namespace : SymbolKind.Event,
		range: lineIndex.rangeOf(node.span),
		selectionRange: lineIndex.rangeOf(node.selectionSpan),
		children: node.children.map((child) => toDocumentSymbol(child, lineIndex)),
	};
}
