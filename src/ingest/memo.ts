/**
 * Remembered answers of pure text functions. The stages of one document read the same lines, paragraphs,
 * words and syllables again and again (each classifier folds, splits and scans them anew); a memo answers
 * the repeats. Each is bounded, and all are emptied when the next document's extraction starts
 * (`forgetPreviousDocument`, called by pipeline.ts), so memory stays that of one document and no
 * document is read faster because the previous one held the same text: a parse figure measured by
 * re-reading a corpus is what an unseen document costs. Only answers about the language itself (is this
 * word a Vietnamese syllable?) outlive a document (`{ acrossDocuments: true }`): every document shares them.
 */
const memos: Map<string, unknown>[] = [];

/** `fn` with its answers remembered, at most `max` of them (then it starts over). `fn` must be pure. */
export function memo<R>(fn: (s: string) => R, max = 20_000, opts: { acrossDocuments?: boolean } = {}): (s: string) => R {
  const answers = new Map<string, R>();
  if (!opts.acrossDocuments) memos.push(answers);
  return (s: string) => {
    let r = answers.get(s);
    if (r === undefined && !answers.has(s)) {
      r = fn(s);
      if (answers.size >= max) answers.clear();
      answers.set(s, r);
    }
    return r as R;
  };
}

/**
 * `fn` over an object (a document's array of lines, one paragraph), remembered for as long as the object
 * lives. Only for objects nobody changes after the call: the arrays of lines the stages pass around.
 */
export function memoByObject<K extends object, R>(fn: (k: K) => R): (k: K) => R {
  const answers = new WeakMap<K, R>();
  return (k: K) => {
    if (answers.has(k)) return answers.get(k) as R;
    const r = fn(k);
    answers.set(k, r);
    return r;
  };
}

/** Empties every string memo: a new document starts. */
export function forgetPreviousDocument(): void {
  for (const m of memos) m.clear();
}
