// Findings as CSV (RFC 4180, `;`-free: comma separated, CRLF lines). Written by hand rather than
// with a CSV package: the elements run in browsers without a build step, where a dependency's
// bare import cannot be resolved, and writing CSV is these few lines.

/**
 * One cell. A cell that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`,
 * a tab or a carriage return) gets a leading `'`, as OWASP's "CSV injection" page advises.
 */
export function csvCell(value) {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows (arrays of cells) as CSV text, with a header row. */
export function csv(header, rows) {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Columns of the findings export. */
export const FINDINGS_HEADER = ['document', 'code', 'gravite', 'message', 'champ', 'cellule', 'source', 'url_source'];

/** Findings `{document, diagnostic}` as CSV. */
export function findingsCsv(findings) {
  return csv(
    FINDINGS_HEADER,
    findings.map(({ document, diagnostic: d }) => [
      document,
      d.code,
      d.severity,
      d.message,
      d.path ?? '',
      // The cell (`CLS!F12`) of a finding of a document read from a workbook.
      d.cellule?.a1 ?? '',
      d.legal_basis?.label ?? '',
      d.legal_basis?.url ?? '',
    ]),
  );
}
