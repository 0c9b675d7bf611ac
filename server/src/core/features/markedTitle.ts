/**
 * A marker and the title after it, a space between where the marker is a bare number (a table's
 * row `1` or group row: `1 5G基站新建1000个`, not `15G基站…`), as `1.` has its point. The outline,
 * the task table and its export name sections and tasks so.
 */
export function markedTitle(marker: string, title: string): string {
	return marker + (title.length > 0 && /[0-9０-９]$/.test(marker) ? ' ' : '') + title;
}
