// A small consumer of the package, type-checked by `tsc --noEmit` (tests/types.test.mjs): it
// uses every function and the document and report types, and the @ts-expect-error lines check
// that the declarations refuse what the library refuses.
import {
  about,
  articulation,
  carteQuartiers,
  cherche,
  commune,
  couverture,
  currentReferentiel,
  epci,
  explain,
  loadDocumentation,
  loadReferentiel,
  membres,
  opportunite,
  qpvDeCommune,
  territoireDe,
  toFhir,
  toSarif,
  Referentiel,
  init,
  rules,
  schema,
  TerritoireSanteError,
  validate,
  Validator,
  type AnalysisOptions,
  type Articulation,
  type AvisOpportunite,
  type CommuneInfo,
  type ContratLocalSante,
  type Couverture,
  type QpvBref,
  type TerritoireDe,
  type SearchHit,
  type Diagnostic,
  type DocumentSante,
  type ErrorCode,
  type Report,
  type RuleInfo,
  type Severity,
  type ValidatorOptions,
} from 'territoire-sante';
import { lireTableur, type LectureTableur } from 'territoire-sante/tableur';

await init();

// Everything computed below is exported, so that nothing is unused.
export const seen: unknown[] = [];

const cls: ContratLocalSante = {
  type: 'contrat_local_sante',
  nom: 'CLS de Château-Thierry',
  statut: 'en_vigueur',
  acteurs: [
    { id: 'ville', nature: 'commune', territoire: { type: 'commune', code: '02168' } },
    { id: 'ars', nature: 'ars' },
  ],
  signataires: [
    { acteur: 'ville', date_signature: '2015-12-17' },
    { acteur: 'ars', date_signature: '2015-12-17' },
  ],
  gouvernance: [{ nature: 'copil', presidence: ['ville', 'ars'] }],
  periode: { debut: '2016-01-01', fin: '2020-12-31' },
};
const any: DocumentSante = cls;

const options: ValidatorOptions = {
  asOf: new Date(2016, 5, 30),
  lang: 'en',
  rules: ['CLS', 'DOC'],
  exclude: 'CLS-016',
  minSeverity: 'warning',
  explain: true,
  limits: { maxDepth: 32, maxItems: 1000 },
};
const v = new Validator(options);
const asOf: string = v.asOf;
const report: Report = v.validate(any);
const fromText: Report = v.validate('{"type": "contrat_local_sante"}');
const fromBytes: Report = v.validate(new Uint8Array([123, 125]));
const many: Report[] = v.validateMany([cls, '{}', fromText]);

function describe(d: Diagnostic): string {
  const where = d.line === undefined || d.line === null ? d.path : `${d.line}:${d.column ?? 0}`;
  const severity: Severity = d.severity;
  const url: string | undefined = d.legal_basis.url ?? undefined;
  return `${d.code} ${severity} ${where} ${d.message} ${url ?? ''} ${d.rule.in_force.from ?? ''}`;
}
const lines: string[] = report.diagnostics.map(describe);
const counts: number = report.counts.error + report.counts.fatal;
const valid: boolean = report.valid && fromBytes.valid && many.length === 3;

const all: RuleInfo[] = rules();
const allEn: RuleInfo[] = rules({ lang: 'en' });
const one: RuleInfo = explain('CLS-001', 'fr');
const own: RuleInfo[] = v.rules();
const ownOne: RuleInfo = v.explain('CLS-001');
const s: Record<string, unknown> = schema('contrat_local_sante');
const r: Record<string, unknown> = schema('report');
const version: string = about().version;
const quick: Report = validate(cls, { asOf: '2016-06-30' });
v.free();

try {
  new Validator({ asOf: '2016-13-01' });
} catch (e) {
  if (e instanceof TerritoireSanteError) {
    const code: ErrorCode = e.code;
    const option: string | undefined = e.option;
    seen.push(code, option, e.message);
  }
}

// @ts-expect-error: unknown option
new Validator({ strict: true });
// @ts-expect-error: languages are fr and en
new Validator({ lang: 'de' });
// @ts-expect-error: severities are the four words
new Validator({ minSeverity: 'grave' });
// @ts-expect-error: a statut outside the vocabulary
const badStatut: ContratLocalSante = { type: 'contrat_local_sante', statut: 'fini' };
// @ts-expect-error: signatures name an actor
const badSignature: ContratLocalSante = { type: 'contrat_local_sante', signataires: [{}] };
// @ts-expect-error: reports have no such field
report.score;
// @ts-expect-error: schema names are document types or document/report/options
schema('pas_un_type');

// The référentiel, a separate asset, and the analyses.
const ref: Referentiel = await loadReferentiel();
const fromUrl: Promise<Referentiel> = loadReferentiel('https://example.org/referentiel.tsv');
const lille: CommuneInfo | null = commune('59350');
const siren: string | undefined = lille?.epci_detail?.siren;
const members: string[] = (epci('200093201')?.membres ?? []).map((m) => m.code);
const hits: SearchHit[] = cherche('chateau', { limit: 5 }).concat(ref.search('lille', 1));
const names: string[] = (membres('200072031') ?? []).map((m) => m.nom);
await loadDocumentation();
const installed: Referentiel | null = currentReferentiel();
const withRef = new Validator({ asOf: '2020-06-30', referentiel: ref });
const noRef = new Validator({ asOf: '2020-06-30', referentiel: null });
const aOptions: AnalysisOptions = { territoire: 'communes:02168', asOf: new Date(), lang: 'en' };
const cov: Couverture = await couverture(cls, aOptions);
const covered: number = cov.total.population_couverte + cov.communes.filter((c) => c.couverte).length;
const art: Articulation = await articulation('{"type": "portefeuille"}', { tousDiagnostics: true, referentiel: ref });
const avis: AvisOpportunite[] = await opportunite(cls, { asOf: '2020-06-30' });
const scenario: string = avis[0]?.recommandation ?? '';
const chain: TerritoireDe | null = territoireDe('59350') ?? ref.territoireDe('02168');
const quartiers: QpvBref[] = qpvDeCommune('59350') ?? ref.qpvDeCommune('02168') ?? [];
// @ts-expect-error: a number is no source
loadReferentiel(42);
// @ts-expect-error: not a lookup kind
ref.lookup('pays', 'FR');
// @ts-expect-error: a référentiel is a handle made by loadReferentiel, not a vintage
new Validator({ referentiel: 'COG 2026' });
// @ts-expect-error: analysis options do not take validator options
couverture(cls, { rules: ['CLS'] });
// @ts-expect-error: the analyses are asynchronous (a Promise, not the result)
const notYet: Couverture = couverture(cls);
const withContours: Promise<Referentiel> = ref.withQpvContours('/data/qpv2024/contours.geojson');
const drawn: number = ref.contours + ref.qpvAt(2.375, 48.651).length;
const svg: string = await carteQuartiers(cls, { territoire: 'communes:91286', referentiel: ref });
const geo = await carteQuartiers(cls, { format: 'geojson' });
const features: number = geo.features.length;
// @ts-expect-error: png is no map format
carteQuartiers(cls, { format: 'png' });
const withOutlines: Promise<Referentiel> = ref.withDepartementContours('/data/departements/contours.geojson');
const outlined: number = ref.departementContours;
seen.push(withContours, drawn, svg, features, withOutlines, outlined, notYet);
seen.push(ref, fromUrl, siren, members, hits, names, installed, withRef, noRef, covered, art, scenario);
const fhir: Record<string, unknown> = toFhir(withRef.validate(cls));
const sarif: Record<string, unknown> = toSarif(JSON.stringify(withRef.validate(cls)), 'cls.json');
// @ts-expect-error: a report, not a number
toFhir(42);
seen.push(chain, quartiers, fhir, sarif);

seen.push(asOf, lines, counts, valid, all, allEn, one, own, ownOne, s, r, version, quick);
seen.push(badStatut, badSignature);

// Spreadsheets (second module, `territoire-sante/tableur`).
const lu: LectureTableur = await lireTableur(new Uint8Array([0x50, 0x4b]), {
  asOf: '2016-06-30',
  feuille: 'CLS',
  typeDocument: 'contrat_local_sante',
  correspondance: { Remarques: 'ignorer' },
});
const cellules: (string | undefined)[] = lu.rapport.diagnostics.map((d) => d.cellule?.a1);
// @ts-expect-error: a path is not read by the library, only bytes or a File
await lireTableur('suivi.xlsx');
seen.push(lu.portefeuille.documents.length, lu.lignes, lu.correspondances, cellules);
