// Types of the spreadsheet entry `territoire-sante/tableur` (hand-written).

import type { ValidatorOptions } from './index.js';
import type { DocumentType, Report } from './types/schema.js';

/** Reading options, then the validator's. */
export interface OptionsTableur extends Omit<ValidatorOptions, 'referentiel'> {
  /** Read only this sheet (default: every sheet with a recognised header). */
  feuille?: string;
  /** Kind of every row (default: a « Type » column, else the sheet name). */
  typeDocument?: DocumentType;
  /** Header → field path (`/date_signature`) or `ignorer`, over the recognised synonyms. */
  correspondance?: Record<string, string>;
}

/** One column of a sheet as read: its header, where it was found and the field it feeds. */
export interface ColonneLue {
  /** Column, 1-based. */
  colonne: number;
  /** Header cell (`C4`). */
  a1: string;
  /** Header as written. */
  entete: string;
  /** Field path it fills; absent when the header is not recognised. */
  chemin?: string;
  /** `synonyme` (recognised header), `utilisateur` (the mapping given names a field), `ignoree`
   * (the mapping given says `ignorer`), `doublon` (field already filled by an earlier column) or
   * `inconnue` (not recognised). */
  origine: string;
}

/** The mapping used for one sheet. */
export interface CorrespondanceFeuille {
  feuille: string;
  ligne_entete?: number;
  type_feuille?: DocumentType;
  colonnes: ColonneLue[];
}

/** Where a document of the portfolio comes from. */
export interface LigneDocument {
  feuille: string;
  ligne: number;
  type_document: DocumentType;
}

/** What {@link lireTableur} returns. */
export interface LectureTableur {
  /** `{"type": "portefeuille", "documents": […]}`, one document per data row. */
  portefeuille: { type: 'portefeuille'; documents: Record<string, unknown>[] };
  /** The mapping used, sheet by sheet. */
  correspondances: CorrespondanceFeuille[];
  /** Origin of each document (same order as `portefeuille.documents`). */
  lignes: LigneDocument[];
  /** The report; each diagnostic about a document read from a sheet has its `cellule`. */
  rapport: Report;
}

/**
 * Reads an .xlsx, .ods or .csv file (a `File` or `Blob` dropped on a page — anything with
 * `arrayBuffer()` —, or its bytes) and validates the documents read. Loads the reader module on
 * the first call.
 */
export function lireTableur(
  source: { arrayBuffer(): Promise<ArrayBuffer> } | ArrayBuffer | ArrayBufferView,
  options?: OptionsTableur,
): Promise<LectureTableur>;
