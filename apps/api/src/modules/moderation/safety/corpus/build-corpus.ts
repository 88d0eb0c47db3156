import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidNhsNumber, type PersonalInfoKind } from '../personal-info';
import { CORPUS_SEED, hash32, parseJsonl, seededRandom, splitOf, toJsonl, type CorpusExample, type Split } from './corpus';
import { HANDWRITTEN } from './handwritten';
import { HANDWRITTEN_MORE } from './handwritten-more';
import { PI_FAMILIES } from './personal-info-templates';
import { SHARED_SLOTS, TEMPLATE_FAMILIES } from './templates';

/**
 * Writes the corpus files from the template families and hand-written sentences, deterministically
 * (fixed seed). Splits are assigned once: within each category, groups are ordered by a seeded
 * hash and dealt train, dev, dev, train, train…, so each category with enough groups has whole
 * families in dev that never appear in train. A group already in a file keeps its split when the
 * corpus is built again, so adding sentences never moves old ones between splits. Nothing built
 * here is ever `test` (the old test split was relabelled `dev` after it had been read three
 * times; `test` is kept for an independent held-out file).
 */
const DEAL: Split[] = ['train', 'dev', 'dev', 'train', 'train'];

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

function fill(template: string, slots: Record<string, string[]>, rng: Rng): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const options = slots[name] ?? SHARED_SLOTS[name];
    if (!options) throw new Error(`No slot {${name}}`);
    return pick(rng, options);
  });
}

const tidy = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,?!])/g, '$1')
    .replace(/([.?!])\s*\./g, '$1')
    .replace(/,\s*\./g, '.')
    .replace(/\?\s*\?/g, '?')
    .trim();

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Roughens a sentence the way people type on a phone; never touches digits or email addresses. */
export function roughen(text: string, rng: Rng): string {
  let s = text;
  if (rng() < 0.3) s = s.replace(/[’']/g, '');
  if (rng() < 0.3) s = s.replace(/\bI'?m\b/g, () => pick(rng, ['im', 'Im', "i'm"])).replace(/\bI am\b/g, () => pick(rng, ['im', 'I am', 'i am']));
  if (rng() < 0.2) s = s.replace(/\bgoing to\b/g, 'gonna').replace(/\bwant to\b/g, 'wanna');
  if (rng() < 0.25) s = s.replace(/\bdon'?t\b/gi, 'dont').replace(/\bcan'?t\b|\bcannot\b/gi, 'cant').replace(/\bwon'?t\b/gi, 'wont');
  if (rng() < 0.15) s = s.replace(/\bsomeone\b/g, 'some1').replace(/\byou\b/g, 'u').replace(/\bbecause\b/g, 'cos');
  if (rng() < 0.18) {
    const words = s.split(' ');
    const candidates = words.map((w, i) => (/^[a-z]{5,}$/i.test(w) ? i : -1)).filter((i) => i >= 0);
    if (candidates.length) {
      const i = pick(rng, candidates);
      const w = words[i]!;
      const at = 1 + Math.floor(rng() * (w.length - 2));
      const kind = rng();
      words[i] =
        kind < 0.4 ? w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2) // swap two letters
        : kind < 0.75 ? w.slice(0, at) + w.slice(at + 1) // drop one
        : w.slice(0, at) + w[at] + w.slice(at); // double one
      s = words.join(' ');
    }
  }
  if (rng() < 0.35) s = s.toLowerCase();
  else s = capitalise(s);
  if (rng() < 0.25) s = s.replace(/[.!]+$/, '');
  return s;
}

// ---- personal-information values -------------------------------------------------------------

const NAMES = ['jo.bloggs', 'sam_t', 'ann.smith1972', 'dave', 'carerkaz', 'mike.j', 'lou.h', 'priya.p', 'gareth.jones', 'T2Dtom', 'helen_w', 'mo.ahmed'];
const DOMAINS = ['example.com', 'gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com', 'nhs.net', 'yahoo.co.uk', 'icloud.com'];
const POSTCODES = ['SW1A 1AA', 'M1 1AE', 'LS1 4AP', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'EH1 1YZ', 'CF10 1EP', 'BS1 5TR', 'G2 3QZ', 'NE1 7RU', 'L1 8JQ', 'OX4 2JY', 'bt7 1nn', 'ls6 2qt', 'M11AE', 'NW3 2PR', 'PL4 8AA'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function nhsNumber(rng: Rng, valid: boolean): string {
  for (;;) {
    let d = String(4 + Math.floor(rng() * 4));
    for (let i = 0; i < 8; i++) d += Math.floor(rng() * 10);
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
    const check = (11 - (sum % 11)) % 11;
    if (check === 10) continue;
    const digits = valid ? d + check : d + ((check + 1 + Math.floor(rng() * 8)) % 10);
    if (isValidNhsNumber(digits) !== valid) continue;
    const style = rng();
    return style < 0.5 ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : style < 0.8 ? digits : `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
  }
}

function value(name: string, rng: Rng): string | null {
  const n = (k: number) => Array.from({ length: k }, () => Math.floor(rng() * 10)).join('');
  switch (name) {
    case 'email':
      return `${pick(rng, NAMES)}@${pick(rng, DOMAINS)}`;
    case 'mobile': {
      const rest = `900${n(3)}`;
      return pick(rng, [`07700 ${rest}`, `07700${rest}`, `+44 7700 ${rest}`, `07700-${rest.slice(0, 3)}-${rest.slice(3)}`, `+447700${rest}`]);
    }
    case 'landline':
      return pick(rng, [`020 7946 0${n(3)}`, `0113 496 0${n(3)}`, `0161 496 0${n(3)}`, `01632 960${n(3)}`, `(0161) 496 0${n(3)}`, `0117 496 0${n(3)}`]);
    case 'nhs':
      return nhsNumber(rng, true);
    case 'badnhs':
      return nhsNumber(rng, false);
    case 'postcode':
      return pick(rng, POSTCODES);
    case 'dob': {
      const d = 1 + Math.floor(rng() * 28);
      const m = 1 + Math.floor(rng() * 12);
      const y = 1940 + Math.floor(rng() * 65);
      const dd = String(d).padStart(2, '0');
      const mm = String(m).padStart(2, '0');
      const th = d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';
      return pick(rng, [`${dd}/${mm}/${y}`, `${d}${th} ${MONTHS[m - 1]} ${y}`, `${dd}-${mm}-${y}`, `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`, `${dd}.${mm}.${y}`, `${d}/${m}/${String(y).slice(2)}`]);
    }
    default:
      return null;
  }
}

// ---- building --------------------------------------------------------------------------------

interface Draft {
  text: string;
  crisis: boolean;
  category: string;
  pii: PersonalInfoKind[];
  source: CorpusExample['source'];
  group: string;
}

function expand(id: string, templates: string[], slots: Record<string, string[]>, count: number, rough: boolean, pi: boolean): string[] {
  const rng = seededRandom(hash32(`${CORPUS_SEED}:${id}`));
  const seen = new Set<string>();
  const out: string[] = [];
  for (let attempt = 0; out.length < count && attempt < count * 40; attempt++) {
    const template = templates[out.length % templates.length]!;
    const raw = tidy(
      template.replace(/\{(\w+)\}/g, (m, name: string) => (pi ? value(name, rng) : null) ?? fill(m, slots, rng)),
    );
    const key = raw.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(rough ? tidy(roughen(raw, rng)) : pi && rng() < 0.3 ? raw.toLowerCase() : capitalise(raw));
  }
  return out;
}

/** Deals groups into splits within each category (see DEAL), keeping any split already on file. */
function assign(drafts: Draft[], existing: Map<string, Split>): Map<string, Split> {
  const byCategory = new Map<string, Set<string>>();
  for (const d of drafts) {
    if (!byCategory.has(d.category)) byCategory.set(d.category, new Set());
    byCategory.get(d.category)!.add(d.group);
  }
  const splits = new Map<string, Split>();
  for (const groups of byCategory.values()) {
    const fresh = [...groups].filter((g) => !existing.has(g)).sort((a, b) => hash32(`${CORPUS_SEED}:${a}`) - hash32(`${CORPUS_SEED}:${b}`));
    for (const g of groups) if (existing.has(g)) splits.set(g, existing.get(g)!);
    // Groups added later than the first build get a split of their own from the hash.
    const firstBuild = existing.size === 0;
    fresh.forEach((g, i) => splits.set(g, firstBuild ? DEAL[i % DEAL.length]! : splitOf(g)));
  }
  return splits;
}

function write(dir: string, file: string, drafts: Draft[], prefix: string): number {
  const path = join(dir, file);
  const existing = new Map<string, Split>();
  if (existsSync(path)) for (const e of parseJsonl(readFileSync(path, 'utf8'), file)) existing.set(e.group, e.split);
  const splits = assign(drafts, existing);
  const counters = new Map<string, number>();
  const examples: CorpusExample[] = drafts.map((d) => {
    const k = (counters.get(d.group) ?? 0) + 1;
    counters.set(d.group, k);
    return {
      id: `${prefix}${d.group}-${String(k).padStart(3, '0')}`,
      text: d.text,
      crisis: d.crisis,
      category: d.category,
      pii: d.pii,
      source: d.source,
      group: d.group,
      split: splits.get(d.group)!,
    };
  });
  writeFileSync(path, toJsonl(examples));
  return examples.length;
}

export function buildCorpus(dir: string): Record<string, number> {
  const seen = new Set<string>();
  const unique = (d: Draft) => {
    const key = d.text.toLowerCase().replace(/[^a-z0-9@]+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  if (existsSync(join(dir, 'legacy.jsonl'))) {
    for (const e of parseJsonl(readFileSync(join(dir, 'legacy.jsonl'), 'utf8'))) unique({ ...e });
  }

  const handwritten: Draft[] = [];
  for (const [category, sentences] of [...Object.entries(HANDWRITTEN), ...Object.entries(HANDWRITTEN_MORE)]) {
    const crisis = TEMPLATE_FAMILIES.find((f) => f.category === category)?.crisis ?? false;
    for (const text of sentences ?? []) {
      const d: Draft = { text, crisis, category, pii: [], source: 'handwritten', group: `hw-${hash32(text).toString(36)}` };
      if (unique(d)) handwritten.push(d);
    }
  }
  const templated: Draft[] = [];
  for (const f of TEMPLATE_FAMILIES) {
    for (const text of expand(f.id, f.templates, f.slots ?? {}, f.count, true, false)) {
      const d: Draft = { text, crisis: f.crisis, category: f.category, pii: [], source: 'template', group: f.id };
      if (unique(d)) templated.push(d);
    }
  }
  const pi: Draft[] = [];
  for (const f of PI_FAMILIES) {
    for (const text of expand(f.id, f.templates, f.slots ?? {}, f.count, false, true)) {
      const d: Draft = { text, crisis: false, category: 'personal-info', pii: f.pii, source: 'personal-info', group: f.id };
      if (unique(d)) pi.push(d);
    }
  }
  return {
    'crisis-handwritten.jsonl': write(dir, 'crisis-handwritten.jsonl', handwritten, ''),
    'crisis-templates.jsonl': write(dir, 'crisis-templates.jsonl', templated, 'tpl-'),
    'personal-info.jsonl': write(dir, 'personal-info.jsonl', pi, ''),
  };
}
