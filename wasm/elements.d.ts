// Declarations of the custom elements defined by `elements.mjs`.
import type { DocumentSante, Report, Diagnostic } from './types/schema.js';

export * from './index.js';

/** `detail` of the elements' `change` and `validation` events. */
export interface TerritoireSanteEventDetail {
  /** The document described (a portfolio, for the explorer). */
  document: DocumentSante | Record<string, unknown>;
  /** The engine's report on it. */
  report: Report;
}

/** `<territoire-sante-formulaire type="…">`: a form generated from a document kind's schema. */
export declare class TerritoireSanteFormulaire extends HTMLElement {
  /** The document described; set it (object or JSON text) to fill the form. */
  get document(): DocumentSante;
  set document(doc: DocumentSante | Record<string, unknown> | string);
  /** The last report, or null before the first validation. */
  readonly report: Report | null;
  /** The document kind (`type` attribute). */
  readonly kind: string;
  /** Resolves once the engine is loaded and the form drawn. */
  readonly ready: Promise<void>;
  /** Shows every diagnostic next to its field. */
  showAll(): void;
}

/** One finding of the explorer: a diagnostic and the name of its document. */
export interface Constat {
  index: number;
  document: string;
  diagnostic: Diagnostic;
}

/** `<territoire-sante-explorateur>`: a portfolio's findings, filters, CSV export, coverage. */
export declare class TerritoireSanteExplorateur extends HTMLElement {
  get portefeuille(): Record<string, unknown> | null;
  set portefeuille(value: Record<string, unknown> | string);
  readonly report: Report | null;
  readonly ready: Promise<void>;
  /** The findings shown (after the filters). */
  readonly findings: Constat[];
  /** The findings shown, as CSV text. */
  csv(): string;
}

declare global {
  interface HTMLElementTagNameMap {
    'territoire-sante-formulaire': TerritoireSanteFormulaire;
    'territoire-sante-explorateur': TerritoireSanteExplorateur;
  }
  interface HTMLElementEventMap {
    validation: CustomEvent<TerritoireSanteEventDetail>;
  }
}
