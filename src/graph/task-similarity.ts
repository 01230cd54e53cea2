/**
 * Explainable similarity between two tasks of different documents: do they restate the same action?
 *
 * A careful reader pairs two plan rows by their distinctive shared wording, not by topic: "triển khai",
 * "tăng cường", "chuyển đổi số" appear everywhere and say little, while a named programme, a place or a rare
 * term says much. So the wording is compared as Vietnamese syllable bigrams without diacritics, each weighted
 * by its inverse document frequency over the tasks being compared (the sibling plans), and the shared weight
 * is measured against the shorter row's, so a row that merges two central tasks can still match each, and
 * against the longer one's, so a one-line heading does not match every row. Documents both rows cite, a
 * section on the same subject and the same kind of lead agency add a little; every part that counted is
 * listed in `basis`, in Vietnamese as the rows write it.
 *
 * Pure functions: no database, no state; src/graph/link-counterparts.ts feeds them.
 */
import { foldDiacritics } from '../ingest/text';

/** What a task contributes to a comparison; built from the graph's Task node and its neighbours. */
export interface TaskInput {
  id: string;
  documentId: string;
  text: string;
  /** Heading of the section the task sits in (group row or body heading), if any. */
  sectionHeading: string | null;
  /** Symbols of the documents the task text names. */
  cites: string[];
  /** Lead agencies' names (as resolved). */
  leadNames: string[];
  /** Lead agencies' keys (`<province>:<folded name>`); the part after the colon is the agency's kind. */
  leadKeys: string[];
  /** Whether each lead is a collective ("Các Sở, ngành"); collectives say nothing about the kind. */
  leadIsGroup: boolean[];
}

export interface TaskFeatures {
  id: string;
  documentId: string;
  /** Folded syllable bigrams of the text, distinct. */
  terms: Set<string>;
  /** Folded bigram → its original spelling, and the bigrams in reading order (for phrases in `basis`). */
  display: Map<string, string>;
  sequence: (string | null)[];
  /** The bigrams of each sentence (". " or "; "), for rows that merge several tasks into one. */
  sentences: Set<string>[];
  /** Folded bigrams of the section heading. */
  sectionTerms: Set<string>;
  cites: Set<string>;
  /** Folded names of the lead agencies that are not collectives, without the province: "so cong thuong". */
  leadKinds: Map<string, string>;
}

export interface Match {
  score: number;
  basis: string[];
}

/** A term is a folded syllable bigram within one clause; `cite:` terms name cited documents. */
const CLAUSE = /[,;:.()\n\t"“”'‘’!?–—\-+•*/\\[\]{}<>|]+/;
const SYLLABLE = /[\p{L}\p{N}]+/gu;

/** Syllables repeat endlessly across plans: fold each spelling once (bounded, so memory stays flat). */
const FOLDED = new Map<string, string>();
function fold(syllable: string): string {
  let f = FOLDED.get(syllable);
  if (f === undefined) {
    f = foldDiacritics(syllable);
    if (FOLDED.size > 200_000) FOLDED.clear();
    FOLDED.set(syllable, f);
  }
  return f;
}

function syllables(clause: string): { folded: string; raw: string }[] {
  return Array.from(clause.matchAll(SYLLABLE), (m) => ({ raw: m[0], folded: fold(m[0]) }));
}

/** Bigrams of the text, in reading order; `null` marks a clause break (a phrase never spans one). */
export function bigramsOf(text: string): { folded: string; raw: string }[][] {
  return text
    .normalize('NFC')
    .split(CLAUSE)
    .map((clause) => {
      const s = syllables(clause);
      const out: { folded: string; raw: string }[] = [];
      for (let i = 0; i + 1 < s.length; i++) out.push({ folded: `${s[i].folded}_${s[i + 1].folded}`, raw: `${s[i].raw} ${s[i + 1].raw}` });
      return out;
    })
    .filter((c) => c.length > 0);
}

/** The distinct folded bigrams of a text, space-joined: what the full-text index holds for retrieval. */
export function termString(text: string): string {
  return Array.from(new Set(bigramsOf(text).flat().map((b) => b.folded))).join(' ');
}

/** A row whose matches are explained (its original spellings kept for the basis). */
export function featuresOf(t: TaskInput): TaskFeatures {
  return build(t, true);
}

/** A candidate row: compared, never the side a basis is phrased from. */
export function candidateFeaturesOf(t: TaskInput): TaskFeatures {
  return build(t, false);
}

const TOKEN = /[\p{L}\p{N}]+|[^\p{L}\p{N} ]+/gu;
const BREAKS_CLAUSE = /[,;:.()\n\t"“”'‘’!?–—\-+•*/\\[\]{}<>|]/;
const WORD = /^[\p{L}\p{N}]/u;
const UPPER = /^\p{Lu}/u;

/**
 * One pass over the text: bigrams within clauses, grouped by sentence ("; " or ". " before a capital), so a
 * row merging several tasks can be compared sentence by sentence. `display` (original spellings, for the
 * basis) is only built for the rows whose matches are explained.
 */
function build(t: TaskInput, withDisplay: boolean): TaskFeatures {
  const display = new Map<string, string>();
  const terms = new Set<string>();
  const sequence: (string | null)[] = [];
  const sentences: Set<string>[] = [];
  let sentence = new Set<string>();
  let prev: { raw: string; folded: string } | null = null;
  let pendingBreak: 'dot' | 'semi' | null = null;
  for (const m of t.text.normalize('NFC').matchAll(TOKEN)) {
    const token = m[0];
    if (!WORD.test(token)) {
      if (!BREAKS_CLAUSE.test(token)) continue;
      if (prev) sequence.push(null);
      prev = null;
      if (token.includes(';')) pendingBreak = 'semi';
      else if (token.includes('.') && pendingBreak !== 'semi') pendingBreak = 'dot';
      continue;
    }
    if (pendingBreak === 'semi' || (pendingBreak === 'dot' && UPPER.test(token))) {
      if (sentence.size > 0) sentences.push(sentence);
      sentence = new Set();
    }
    pendingBreak = null;
    const cur = { raw: token, folded: fold(token) };
    if (prev) {
      const folded = `${prev.folded}_${cur.folded}`;
      if (withDisplay && !display.has(folded)) display.set(folded, `${prev.raw} ${cur.raw}`);
      terms.add(folded);
      sentence.add(folded);
      sequence.push(folded);
    }
    prev = cur;
  }
  if (sentence.size > 0) sentences.push(sentence);
  const leadKinds = new Map<string, string>();
  t.leadKeys.forEach((key, i) => {
    if (t.leadIsGroup[i] || !key) return;
    leadKinds.set(key.slice(key.indexOf(':') + 1), t.leadNames[i] ?? key);
  });
  return {
    id: t.id,
    documentId: t.documentId,
    terms,
    sentences: sentences.length > 1 ? sentences : [],
    display,
    sequence,
    sectionTerms: new Set(t.sectionHeading ? bigramsOf(t.sectionHeading).flat().map((b) => b.folded) : []),
    cites: new Set(t.cites),
    leadKinds,
  };
}

/**
 * Inverse document frequency over a set of tasks (terms and cited documents alike), smoothed so an unseen
 * term weighs as much as the rarest seen one: log((N + 1) / (df + 1)) + 1... minus the floor, so a term
 * every task shares weighs nothing.
 */
export class TermWeights {
  private readonly df = new Map<string, number>();
  private n = 0;

  add(terms: Iterable<string>): void {
    this.n += 1;
    for (const term of terms) this.df.set(term, (this.df.get(term) ?? 0) + 1);
  }

  private readonly cache = new Map<string, number>();
  private readonly norms = new WeakMap<Set<string>, number>();

  /** The summed weight of a set of terms (cached per set: a row is compared with many candidates). */
  norm(terms: Set<string>): number {
    let n = this.norms.get(terms);
    if (n === undefined) {
      n = 0;
      for (const t of terms) n += this.weight(t);
      this.norms.set(terms, n);
    }
    return n;
  }

  weight(term: string): number {
    let w = this.cache.get(term);
    if (w === undefined) {
      w = Math.max(0, Math.log((this.n + 1) / ((this.df.get(term) ?? 0) + 1)));
      this.cache.set(term, w);
    }
    return w;
  }

  get size(): number {
    return this.n;
  }
}

export function weightsOver(tasks: TaskFeatures[]): TermWeights {
  const w = new TermWeights();
  for (const t of tasks) w.add([...t.terms, ...Array.from(t.cites, (c) => `cite:${c}`)]);
  return w;
}

/** Scoring constants, calibrated on tests/fixtures/counterparts/sample.json (see its header). */
export const SCORING = {
  /** How much of the text score is the overlap with the shorter row (the rest: with the longer one). */
  shorterShare: 0.6,
  /** Added when both rows cite a document other than what the plans implement, scaled by its weight. */
  citeBonus: 0.15,
  /** Added when the rows' sections are about the same subject. */
  sectionBonus: 0.05,
  /** Added when the same kind of agency leads both rows. */
  leadBonus: 0.07,
  /** The bonuses only count when the wording already overlaps this much (they confirm, never decide). */
  bonusFloor: 0.2,
  /** A sentence of a merged row counts on its own when it weighs at least this much (a real clause). */
  sentenceMinWeight: 12,
  /** What a sentence-to-sentence match is worth against a whole-row match. */
  sentenceFactor: 0.9,
  /** Shared terms listed in `basis`. */
  basisTerms: 4,
};

function norm(terms: Set<string>, w: TermWeights): number {
  return w.norm(terms);
}

/** Maximal runs of shared bigrams in A's reading order, as phrases ("chuyển đổi số"), heaviest first. */
function sharedPhrases(a: TaskFeatures, shared: Set<string>, w: TermWeights): string[] {
  const phrases: { text: string; weight: number }[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const words = [...run.map((b) => a.display.get(b)!.split(' ')[0]), a.display.get(run[run.length - 1])!.split(' ')[1]];
    phrases.push({ text: words.join(' ').toLowerCase(), weight: run.reduce((s, b) => s + w.weight(b), 0) });
    run = [];
  };
  for (const b of a.sequence) {
    if (b !== null && shared.has(b) && !run.includes(b)) run.push(b);
    else flush();
  }
  flush();
  const seen = new Set<string>();
  return phrases
    .sort((x, y) => y.weight - x.weight)
    .filter((p) => p.weight > 0 && !seen.has(p.text) && seen.add(p.text))
    .map((p) => p.text);
}

/**
 * How strongly `a` and `b` restate the same task, and why. Symmetric in score. Below `explainFrom` the
 * basis is left empty (phrasing it is the costly part, and nobody reads a rejected pair's reasons).
 */
/** Weighted overlap of two term sets: mostly against the smaller one, partly against the larger. */
function overlap(a: Set<string>, b: Set<string>, w: TermWeights): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const t of small) if (large.has(t)) s += w.weight(t);
  const na = norm(a, w);
  const nb = norm(b, w);
  if (s === 0 || na === 0 || nb === 0) return 0;
  return SCORING.shorterShare * (s / Math.min(na, nb)) + (1 - SCORING.shorterShare) * (s / Math.max(na, nb));
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  const shared = new Set<string>();
  for (const t of a) if (b.has(t)) shared.add(t);
  return shared;
}

/** The best match between one substantial sentence of each row (either may be a whole row). */
function sentenceMatch(a: TaskFeatures, b: TaskFeatures, w: TermWeights): { score: number; pair: [Set<string>, Set<string>] | null } {
  let best = { score: 0, pair: null as [Set<string>, Set<string>] | null };
  if (a.sentences.length === 0 && b.sentences.length === 0) return best;
  const parts = (t: TaskFeatures) => [t.terms, ...t.sentences].filter((s) => norm(s, w) >= SCORING.sentenceMinWeight);
  const pb = parts(b);
  for (const sa of parts(a))
    for (const sb of pb) {
      if (sa === a.terms && sb === b.terms) continue;
      const score = overlap(sa, sb, w);
      if (score > best.score) best = { score, pair: [sa, sb] };
    }
  return { score: best.score * SCORING.sentenceFactor, pair: best.pair };
}

export function scorePair(a: TaskFeatures, b: TaskFeatures, w: TermWeights, explainFrom = 0): Match {
  const whole = overlap(a.terms, b.terms, w);
  if (whole === 0) return { score: 0, basis: [] };
  const part = sentenceMatch(a, b, w);
  const text = Math.max(whole, part.score);
  const basis: string[] = [];
  let score = text;
  if (text >= SCORING.bonusFloor) {
    const cites = [...a.cites].filter((c) => b.cites.has(c) && w.weight(`cite:${c}`) > 0);
    if (cites.length > 0) {
      const strongest = Math.max(...cites.map((c) => w.weight(`cite:${c}`)));
      score += SCORING.citeBonus * Math.min(1, strongest / 2);
      basis.push(`both cite ${cites.join(', ')}`);
    }
    const sectionShared = [...a.sectionTerms].filter((t) => b.sectionTerms.has(t));
    if (sectionShared.length > 0 && sectionShared.length * 2 >= Math.min(a.sectionTerms.size, b.sectionTerms.size)) {
      score += SCORING.sectionBonus;
      basis.push('same section subject');
    }
    const lead = [...a.leadKinds.keys()].find((k) => b.leadKinds.has(k));
    if (lead) {
      score += SCORING.leadBonus;
      basis.push(`lead kind: ${a.leadKinds.get(lead)}`);
    }
  }
  score = Math.round(Math.min(1, score) * 1000) / 1000;
  if (score < explainFrom) return { score, basis: [] };
  const shared = part.score > whole && part.pair ? intersect(...part.pair) : intersect(a.terms, b.terms);
  return { score, basis: [`shared terms: ${sharedPhrases(a, shared, w).slice(0, SCORING.basisTerms).join(', ')}`, ...basis] };
}
