/**
 * The ingester's stages composed in one place: source text → normalised lines → document metadata,
 * section tree, citations, tasks, indicators → agencies resolved per province → one Extraction.
 * Each stage is a pure function over the normalised lines; this module only wires them and resolves
 * the raw agency and deadline strings.
 * Complexity: the sum of its stages (each states its own in its module comment; all linear in the text, up
 * to the few bounded quadratic spots they name), shown by `npx tsx scripts/growth.ts`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { collectiveAddressees } from './addressed-letters';
import { resolveAgency, splitAgencies } from './agencies';
import { readCitations } from './citations';
import { implementsApprovedProgramme } from './approved-programme';
import { readCitedLinks } from './cited-links';
import { parseDeadline } from './deadline';
import { applyManifest, ManifestSchema, readDocumentMeta } from './document';
import { type FamilyReader, mergeIndicators, mergeTasks } from './family';
import { extractIndicators, type RawIndicator, toIndicators } from './indicators';
import type { Agency, DocumentMeta, Extraction, NormalisedLine, Section, Task, Warning } from './model';
import { articleAssignments } from './article-assignments';
import { assignedLists } from './assigned-lists';
import { objectiveTargets } from './objective-targets';
import { isDirected, proseAssignments } from './prose-assignments';
import { unitBlocks } from './unit-blocks';
import { bodiesOfHeadNames } from './heads-of-bodies';
import { letterDirections } from './letter-directions';
import { telegramAddressee } from './telegram-addressee';
import { ownWork } from './own-work';
import { forgetPreviousDocument } from './memo';
import { nonBlankLines, normalise } from './normalise';
import { decodeText } from './decode-text';
import { ocrSettings } from './ocr';
import { locateSpans, pageWarnings } from './pages';
import { readSource, type SourceText } from './read-source';
import { readAttachedPointer } from './readers/attached-pointer';
import { readLetterRequest } from './readers/letter-request';
import { dropSiteDebris } from './readers/debris';
import { readHtmlMarkup } from './readers/html-markup';
import { unglueWords } from './readers/glued-words';
import { fillFromReadings, type MetaReader } from './readers/meta';
import { readNewsIntro } from './readers/news-intro';
import { readNamedInProse } from './readers/named-in-prose';
import { readCapsHeading } from './readers/caps-heading';
import { readKindOfBodyTitle } from './readers/kind-of-body-title';
import { readSpeakingBody } from './readers/speaking-body';
import { readCongressPasses } from './readers/congress-passes';
import { readFlattenedHeader } from './readers/flattened-header';
import { readIssuedLater } from './readers/issued-later';
import { settleIssuer } from './readers/issuer-settled';
import { readNewsSigner } from './readers/news-signer';
import { readPaperProvince } from './readers/paper-province';
import { readHeadlineProvince } from './readers/headline-province';
import { readHeadlineDocument } from './readers/headline-document';
import { readPortalMetadata } from './readers/portal-metadata';
import { readReportedDirection } from './readers/reported-direction';
import { readReportedUnder } from './readers/reported-under';
import { readDisseminated } from './readers/disseminated';
import { readPropertyBullets } from './readers/property-bullets';
import { readCommitteeMeeting } from './readers/committee-meeting';
import { readCouncilSession } from './readers/council-session';
import { readCampaignLaunch } from './readers/campaign-launch';
import { readValidityHistory } from './readers/validity-history';
import { restatedTasks } from './readers/restated-tasks';
import { directedPage, settleLevelByAddressees } from './readers/directed-page';
import { readSourceLine } from './readers/source-line';
import { readSummaryTitle } from './readers/summary-title';
import { pageStamp } from './readers/yearless-date';
import { readSelfReference } from './self-reference';
import { readSections, sectionAtLine } from './sections';
import { findTables } from './tables';
import { extractTasks, linkSameAs, type RawTask, toTasks } from './tasks';
import { InvalidExtractionError } from './validate';
import { foldDiacritics } from './text';

/**
 * The readers of document families beyond the official layout, registered here and nowhere else. Each is a
 * small module over the normalised lines with its own tests; one that does not apply returns nothing.
 *  - line filters: a page pasted as HTML source read as its text (html-markup.ts), site debris dropped (with its
 *    reason), glued words read as if spaced;
 *  - metadata readers for copies, filling only what the official header did not state (marked inferred):
 *    an older document's heading in capitals ("QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 20/2000/QĐ-TTG NGÀY …",
 *    caps-heading.ts), a header a site ran into one line ("… Số: 78 /KH-PGD&ĐT. CỘNG HOÀ …", flattened-header.ts), a legal portal's metadata block, a document library's property list without labels (its signer, property-bullets.ts), a portal page reduced to its "Trích yếu" (summary-title.ts), a news intro
 *    ("… đã ký ban hành Nghị quyết số …"), a copy that names itself ("(Quyết định số 283-QĐ/TW ngày 26-1-2010 của
 *    Ban Bí thư …", self-reference.ts), a headline naming the document whose content the page tells ("Những nhiệm vụ,
 *    giải pháp trọng tâm của Nghị quyết số 09-NQ/TU về …", headline-document.ts), a letter that opens at its address line and names its writer in
 *    its first sentence ("Kính gửi: … Hội đồng phối hợp PBGDPL trung ương đề nghị các bộ …", letter-request.ts), a quoted text whose last line names its source ("(Theo Công văn số
 *    6202/UBND-KT, ngày 23/11/2023)", source-line.ts), who signed as the intro says it ("Thay mặt Bộ Chính trị, Tổng
 *    Bí thư Tô Lâm đã ký ban hành …", "Kế hoạch do Phó Chủ tịch UBND tỉnh … ký ban hành", news-signer.ts), a date stated after the title ("Nghị quyết số 21-NQ/TW về … ban hành ngày
 *    25/10/2017", issued-later.ts), a news page's pointer to the document it restates ("Xem chi tiết công văn đính
 *    kèm", attached-pointer.ts), a direction reported in news words ("Chỉ thị nêu rõ: …", "Thủ tướng Chính phủ yêu cầu:",
 *    reported-direction.ts), a People's Council's session passing resolutions ("HĐND phường … tổ chức kỳ họp … Kỳ họp đã thông qua
 *    Nghị quyết …", council-session.ts), a body launching its campaign ("Công an tỉnh đã phát lệnh ra quân …",
 *    campaign-launch.ts), the document a news page names in its prose ("Theo Công văn số 460-CV/TU, …, Thường trực
 *    Thành ủy yêu cầu", "… (Công văn số 1067/UBND-KGVX ngày 10/10/2019).", named-in-prose.ts), the document a news page's
 *    opening names by its number alone ("Theo Kế hoạch số 154 ngày 19/11/2019 của Thành ủy Ninh Bình về …", reported-under.ts), the
 *    document a conference disseminates ("… tổ chức Hội nghị trực tuyến quán triệt Kết luận số 132-KL/TW ngày 18/3/2025 của Bộ
 *    Chính trị về …", disseminated.ts), and last the provincial paper that reprints it ("Báo Ninh Thuận trân trọng giới
 *    thiệu toàn văn …", paper-province.ts);
 *  - then who issued it, settled once (issuer-settled.ts): an office stands for its body, the Party header's Central
 *    Committee for the board that issued, a central issuer for the level;
 * (The task and indicator readers of families are FAMILY_READERS below, restated news tasks among them.)
 */
const LINE_FILTERS = [readHtmlMarkup, dropSiteDebris, unglueWords];
const META_READERS: MetaReader[] = [readCapsHeading, readKindOfBodyTitle, readFlattenedHeader, readPortalMetadata, readPropertyBullets, readValidityHistory, readSummaryTitle, readNewsIntro, readCouncilSession, readNamedInProse, readSelfReference, readHeadlineDocument, readSourceLine, readNewsSigner, readIssuedLater, readAttachedPointer, readLetterRequest, readReportedDirection, readSpeakingBody, readCongressPasses, readCommitteeMeeting, readCampaignLaunch, readReportedUnder, readDisseminated, readPaperProvince, readHeadlineProvince];

/** Symbol when the document states one; otherwise a hash of what identifies it across versions. */
export function documentIdOf(meta: DocumentMeta, sha256: string): string {
  if (meta.symbol) return meta.symbol;
  const identity = [meta.kind, meta.issuer, meta.province, meta.title].map((v) => foldDiacritics(v ?? '')).join('|');
  // With none of those known, only the content itself identifies the document; so too without a title: two news
  // pages restating different directions of the Prime Minister share kind, issuer and province, not their text.
  const basis = meta.title ? identity : sha256;
  return `doc:${crypto.createHash('sha1').update(basis).digest('hex').slice(0, 16)}`;
}

/** Collects agencies by key so each assignee spelling resolves once and aliases accumulate. */
class AgencyRegistry {
  private readonly byKey = new Map<string, Agency>();
  /** Names already resolved: a plan names the same few agencies in row after row. */
  private readonly nameOf = new Map<string, string>();
  constructor(private readonly province: string | null) {}

  /** Canonical names of assignees already split one per entry (tasks.ts splits cells). */
  names(raws: readonly string[]): string[] {
    return [...new Set(raws.map((raw) => this.add(raw)))];
  }

  add(raw: string): string {
    // A spelling seen before resolves to the same agency, whose aliases already hold it.
    const seen = this.nameOf.get(raw);
    if (seen !== undefined) return seen;
    const agency = resolveAgency(raw, this.province);
    const known = this.byKey.get(agency.key);
    if (!known) this.byKey.set(agency.key, agency);
    else for (const alias of agency.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
    const name = (known ?? agency).name;
    this.nameOf.set(raw, name);
    return name;
  }

  all(): Agency[] {
    return [...this.byKey.values()];
  }
}

/**
 * Body tasks take their place in the section tree (a task that is itself a numbered item, "a) …", sits in
 * the item above it); a table row keeps its group ("PL.IV": group IV of an appendix) under the tree's path
 * of the appendix that holds it ("PL1.IV").
 */
function sectionOfTask(task: Task, sections: readonly Section[]): string | null {
  const treePath = sectionAtLine(sections, task.span.startLine);
  if (task.source === 'TABLE') {
    if (!treePath) return task.section;
    const group = task.section?.split('.').slice(1).join('.');
    return group ? `${treePath.split('.')[0]}.${group}` : treePath;
  }
  const own = sections.find((s) => s.path === treePath);
  if (own && own.span.startLine === task.span.startLine && treePath?.includes('.')) return treePath.slice(0, treePath.lastIndexOf('.'));
  return treePath ?? task.section;
}

/**
 * A body bullet that the appendix restates as a row is assigned by that row: where the bullet names no lead,
 * coordinators, output or deadline of its own, it takes the row's.
 */
function assignedByTheirRows(tasks: Task[]): Task[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  return tasks.map((task) => {
    const row = task.source === 'BODY' && task.sameAs ? byId.get(task.sameAs) : undefined;
    if (!row || row.source !== 'TABLE') return task;
    const fromRow = task.lead.length === 0 && row.lead.length > 0;
    return {
      ...task,
      ...(fromRow ? { leadFrom: { how: 'the appendix row restating the task (its lead column)', text: row.lead.join('; '), span: row.span } } : {}),
      lead: task.lead.length > 0 ? task.lead : row.lead,
      coordinators: task.coordinators.length > 0 ? task.coordinators : row.coordinators,
      output: task.output ?? row.output,
      deadline: task.deadline ?? row.deadline,
    };
  });
}

/**
 * The year that dates "Tháng 4", "Quý III" in a task table: the issue year, else the year a plan is for
 * ("Kế hoạch … năm 2024" in its title; a horizon such as "đến năm 2030" is not it).
 */
function planYear(document: DocumentMeta): number | undefined {
  if (document.issuedOn) return Number(document.issuedOn.slice(0, 4));
  const m = document.title ? /(?<!đến |tầm nhìn |tới )năm (20\d\d)\b/iu.exec(document.title) : null;
  return m ? Number(m[1]) : undefined;
}

/**
 * The document families read by their own modules (family.ts), after the generic body, table and indicator
 * readers; each emits nothing for a document outside its family.
 */
export const FAMILY_READERS: readonly FamilyReader[] = [unitBlocks, objectiveTargets, restatedTasks, articleAssignments, assignedLists, letterDirections, telegramAddressee, ownWork, directedPage];

/**
 * Raw tasks and indicators of a document: the generic readers, then the family readers merged in, then the prose they
 * left. `signs` counts the tasks that show the text is a directive (prose tasks only when a body directs them or
 * when they divide work among several bodies).
 */
/**
 * "(VOV5) - Bà Trương Thị Mai yêu cầu các cơ quan liên quan cần phối hợp tốt hơn nữa …" and, in the body, "Phát biểu kết luận
 * Hội nghị, bà Trương Thị Mai yêu cầu các cơ quan liên quan cần phối hợp tốt hơn nữa …": a news page's lead paragraph
 * repeats a sentence of its body; the same body task with the same lead, read twice, is one task (the first reading is kept).
 */
function onceEach(tasks: RawTask[]): RawTask[] {
  const seen = new Set<string>();
  return tasks.filter((t) => {
    // (A table's rows are its own: two rows alike are kept as the table has them.)
    if (t.source !== 'BODY') return true;
    const key = [t.text, ...t.leadRaw].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function readTasksAndIndicators(lines: readonly NormalisedLine[], document: DocumentMeta, sections: readonly Section[]): { tasks: RawTask[]; indicators: RawIndicator[]; signs: number } {
  // One table scan serves both readers (it is the costliest stage of a large plan).
  const tables = findTables(lines);
  const generic = { tasks: extractTasks(lines, { province: document.province }, tables), indicators: extractIndicators([...lines], { province: document.province }, tables) };
  const nonBlank = nonBlankLines(lines);
  const readings = FAMILY_READERS.map((r) => r.read({ lines: nonBlank, document, sections, generic }));
  // A reading that changes the body tasks re-links body items to the appendix rows they restate.
  const changed = readings.some((r) => r.tasks.length || r.claims.length);
  const merged = changed ? onceEach(mergeTasks(generic.tasks, readings)) : generic.tasks;
  // Then the prose no reader took: a sentence anywhere in the body may assign work (./prose-assignments.ts).
  const covered = [...merged.map((t) => t.span), ...readings.flatMap((r) => r.claims)];
  const prose = proseAssignments(nonBlank, document, sections, covered, tables);
  if (!prose.length) {
    if (changed) linkSameAs(merged);
    return { tasks: merged, indicators: mergeIndicators(generic.indicators, readings), signs: merged.length };
  }
  const body = onceEach([...merged.filter((t) => t.source === 'BODY'), ...prose]).sort((a, b) => a.span.startLine - b.span.startLine || a.span.endLine - b.span.endLine);
  const tasks = [...body, ...merged.filter((t) => t.source === 'TABLE')].map((t) => ({ ...t, sameAsIndex: undefined }));
  linkSameAs(tasks);
  // (A page dividing work among several bodies restates a direction though its opening naming who directs is lost; one
  // body's doings, a headline's "Tỉnh ủy quán triệt …" or a stray item, do not.)
  const directed = prose.some((t) => isDirected(t, nonBlank));
  const bodies = new Set(prose.map((t) => t.leadRaw.join(', '))).size;
  const signs = merged.length + (directed || bodies >= 2 ? prose.length : 0);
  return { tasks, indicators: mergeIndicators(generic.indicators, readings), signs };
}

export function extract(source: SourceText, manifest?: unknown): Extraction {
  forgetPreviousDocument();
  const { lines, dropped } = LINE_FILTERS.reduce((text, filter) => filter(text), normalise(source.text));
  let document = readDocumentMeta(lines);
  // The article's date line dropped as debris, else the date stamp the stored page opens with.
  const stamp = dropped.find((d) => d.text !== undefined)?.text ?? pageStamp(lines);
  document = settleIssuer(fillFromReadings(document, META_READERS.map((read) => read(lines, document, { stamp }))), lines);
  // A page whose only sign is its directions: the bodies it directs say its level (readers/directed-page.ts).
  document = settleLevelByAddressees(document, lines);
  if (manifest !== undefined) {
    const parsed = ManifestSchema.safeParse(manifest);
    if (!parsed.success) throw new InvalidExtractionError(`${source.path}.meta.json`, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
    document = applyManifest(document, parsed.data);
  }
  const sections = readSections(lines);
  // A plan carrying out a programme implements the decision that approved it (./approved-programme.ts).
  const citations = implementsApprovedProgramme(readCitations(lines, { meta: document, sections }), lines, document.title);
  const year = planYear(document);

  const agencies = new AgencyRegistry(document.province);
  const central = document.level === 'CENTRAL_STATE' || document.level === 'CENTRAL_PARTY';
  const read = readTasksAndIndicators(lines, document, sections);
  // A letter to a collective ("Kính gửi: Các Sở …") gives them the items that name no one (./addressed-letters.ts).
  const addressees = collectiveAddressees(lines);
  const tasks = assignedByTheirRows(
    toTasks(read.tasks, {
      parseDeadline: (raw) => parseDeadline(raw, { year }),
    }).map((task) => {
      const addressed = !task.lead.length && task.source !== 'TABLE' && addressees !== null;
      const lead = addressed ? addressees.bodies : task.lead;
      return {
        ...task,
        ...(addressed && lead.length ? { leadFrom: addressees.from } : {}),
        section: sectionOfTask(task, sections),
        // A central body addresses the heads of bodies ("Bộ trưởng Bộ Ngoại giao"): the task is the body's.
        lead: agencies.names(central ? bodiesOfHeadNames(lead) : lead),
        coordinators: agencies.names(central ? bodiesOfHeadNames(task.coordinators) : task.coordinators),
      };
    }),
  );
  const indicators = toIndicators(read.indicators).map((indicator) => ({
    ...indicator,
    // The contract has one reporting agency: the first named ("Sở Công Thương, Sở Khoa học và Công nghệ").
    agency: indicator.agency ? agencies.add(splitAgencies(indicator.agency)[0] ?? indicator.agency) : null,
  }));

  const warnings: Warning[] = [
    ...document.missing.map((field) => ({ code: 'MISSING_FIELD', message: `the text does not state the document's ${field}; supply it in a sidecar <file>.meta.json`, span: null })),
    ...dropped.map((d) => ({ code: 'DROPPED_LINE', message: `line ${d.line} dropped: ${d.reason}`, span: null })),
    ...tasks.filter((t) => t.lead.length === 0).map((t) => ({ code: 'TASK_WITHOUT_LEAD', message: `task ${t.id} (${t.section ?? '-'} ${t.ordinal ?? ''}) has no lead agency`, span: t.span })),
  ];
  if (source.pages) warnings.push(...pageWarnings({ pages: source.pages, lineBoxes: source.lineBoxes ?? [] }, source.text, ocrSettings().OCR_MIN_CONFIDENCE));
  if (tasks.length === 0) warnings.push({ code: 'NO_TASKS', message: 'no tasks were found in this document', span: null });
  // Nothing that makes it a directive: loading it would only add an empty, unidentifiable node.
  // (A body named as issuer, by the header or by a news sentence directing others, is such a sign too.)
  if (!document.kind && !document.title && !document.symbol && !document.number && !document.issuer && read.signs === 0 && indicators.length === 0) {
    throw new InvalidExtractionError(source.path, [
      'not a directive document: the text has no kind heading ("KẾ HOẠCH"), no symbol ("Số: …"), no portal metadata block ("Số hiệu:"), no sentence saying a body issued a document ("… ban hành Kế hoạch số …") or directing others ("Thủ tướng Chính phủ yêu cầu: …", "Chỉ thị nêu rõ: …"), and no tasks or indicators',
    ]);
  }

  const extraction: Extraction = {
    source: { path: source.path, sha256: source.sha256, format: source.format, ...(source.pages ? { pages: source.pages } : {}) },
    documentId: documentIdOf(document, source.sha256),
    document,
    citations,
    citedLinks: readCitedLinks(lines, document.symbol),
    sections,
    tasks,
    agencies: agencies.all(),
    indicators,
    warnings,
  };
  if (source.pages) locateSpans(extraction, { pages: source.pages, lineBoxes: source.lineBoxes ?? [] });
  return extraction;
}

/** Reads a file (and its optional `<file>.meta.json` manifest) and extracts it. */
export async function extractFile(file: string): Promise<Extraction> {
  return extractSource(await readSource(file), file);
}

/** Extracts a file already read, with its optional `<file>.meta.json` manifest. */
export function extractSource(source: SourceText, file: string): Extraction {
  const manifestPath = `${file}.meta.json`;
  if (!fs.existsSync(manifestPath)) return extract(source);
  // Notepad writes "UTF-8 with BOM"; JSON.parse refuses the BOM, and its errors do not name the file.
  const manifestText = decodeText(fs.readFileSync(manifestPath), manifestPath);
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestText);
  } catch (err) {
    throw new InvalidExtractionError(manifestPath, [`not valid JSON: ${(err as Error).message}`]);
  }
  // A changed manifest is a new version of the document, so it takes part in the identity hash.
  const sha256 = crypto.createHash('sha256').update(source.sha256).update(manifestText).digest('hex');
  return extract({ ...source, sha256 }, manifest);
}
