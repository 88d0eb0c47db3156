import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/app-config';
import { MIGRATIONS } from '../database/migrations';
import { prepareDatabase } from '../database/prepare-database';
import { buildCorpus } from '../modules/moderation/safety/corpus/build-corpus';
import { corpusDir, crisisExamples, HOLDOUT_FILE, inSplit, learnable, loadCorpus, parseJsonl, splitOf, toJsonl, type CorpusExample, type Split } from '../modules/moderation/safety/corpus/corpus';
import { checkCrisis, CRISIS_MODEL, MODEL_MIN_WORDS } from '../modules/moderation/safety/crisis';
import { findCrisisPatterns } from '../modules/moderation/safety/crisis-patterns';
import { crisisPredictions, crisisRates, describe, personalInfoRates, timePerMessage, type Rates } from '../modules/moderation/safety/evaluate';
import { breakdown, calibrate, calibrationScores, flaggedBy, FOLDS, INDEPENDENT_WRITERS, leaveOneSourceOut, MAX_FALSE_ALARM, outOfFold, prepare, RECALL_TARGET, train, type Breakdown } from '../modules/moderation/safety/training';
import { normalise } from '../modules/moderation/safety/normalise';
import { findPersonalInfo } from '../modules/moderation/safety/personal-info';

const USAGE = `Usage:
  npm run safety:train [-- --errors]        train the crisis model on train + dev; thresholds from scores with each independent
                                            writer left out (the rest out of fold, 5 folds by group); --errors lists the
                                            out-of-fold mistakes; --no-loso skips the per-writer leave-one-source-out figures
  npm run safety:eval                       figures on train and dev, and on test when any line carries "split":"test"
                                            (the independent held-out set, corpus/holdout-6.jsonl; read it once)
  npm run safety:eval -- --file <path>      figures on one JSON-lines file on its own (a one-off evaluation)
  npm run safety:eval -- --errors           also list the dev examples each check gets wrong (never for test or --file)
  npm run safety:eval -- --loso [--errors]  leave one source out for every source of train + dev: the model trained and its
                                            thresholds chosen without that source, then its sentences read (--errors lists
                                            each source's mistakes); --loso=<source> for one source
  npm run safety:export                     write moderators' reviewed decisions into corpus/moderator.jsonl (needs the database)
  node dist/apps/api/scripts/safety.js corpus   rebuild the corpus files from the templates (existing splits are kept)`;


const out = (line = '') => process.stdout.write(`${line}\n`);
const modelPath = () => join(corpusDir(), '..', 'crisis-model.data.json');

function corpusCommand(): number {
  const counts = buildCorpus(corpusDir());
  for (const [file, n] of Object.entries(counts)) out(`${file}: ${n} examples`);
  return 0;
}

type Counts = Pick<Rates, 'recall' | 'falseAlarm' | 'tp' | 'fn' | 'fp' | 'tn'>;
const pct = (x: number) => Math.round(x * 1000) / 10;
const counts = (x: Counts) => ({ recallPct: pct(x.recall), falseAlarmPct: pct(x.falseAlarm), tp: x.tp, fn: x.fn, fp: x.fp, tn: x.tn });

/** Crisis examples flagged per category ("passive 24/25"). */
function byCategory(examples: readonly { category: string; crisis: boolean }[], flagged: readonly boolean[]): Record<string, { found: number; n: number }> {
  const m: Record<string, { found: number; n: number }> = {};
  examples.forEach((e, i) => {
    const c = (m[e.category] ??= { found: 0, n: 0 });
    c.n++;
    if (flagged[i]) c.found++;
  });
  return m;
}
const categoryLine = (m: Record<string, { found: number; n: number }>) =>
  Object.entries(m)
    .map(([k, v]) => `${k} ${v.found}/${v.n}`)
    .join(', ');

/** Sources written by someone other than the corpus's authors: each gets a leave-one-source-out estimate. */
const OTHER_WRITERS = INDEPENDENT_WRITERS;

const breakdownLine = (b: Breakdown) => `${describe(b.rates)}\n    crisis found: ${categoryLine(b.found)}\n    false alarms: ${categoryLine(b.alarms)}`;

function trainCommand(flags: string[]): number {
  const corpus = loadCorpus();
  const learn = learnable(corpus);
  out(`Training on ${learn.length} train + dev examples (${learn.filter((e) => e.crisis).length} crisis; ${inSplit(corpus, 'test').length} test lines never read)…`);
  const started = Date.now();
  const prepared = prepare(learn);
  // Thresholds are chosen on scores the model did not learn from: each group scored by a model
  // trained without it (5 folds by group over everything learnable). The shipped model then learns from all of it.
  const heldOut = outOfFold(prepared, undefined, (k) => process.stdout.write(`\r  out-of-fold scores: fold ${k + 1} of ${FOLDS}`));
  out();
  const data = train(prepared);
  // Thresholds from scores as the next writer's would be: each independent writer read by a model trained without it.
  const chosen = calibrate(calibrationScores(prepared, undefined, (w) => process.stdout.write(`\r  calibration scores: ${w}          `), heldOut));
  out();
  const overall = breakdown(heldOut, chosen);
  const perSource: Record<string, ReturnType<typeof counts>> = {};
  for (const source of [...new Set(heldOut.map((s) => s.source))].sort()) perSource[source] = counts(breakdown(heldOut.filter((s) => s.source === source), chosen).rates);
  // --no-loso: the leave-one-source-out figures are left to `safety:eval -- --loso` (they take most of the time)
  const sources = flags.includes('--no-loso') ? [] : OTHER_WRITERS.filter((s) => prepared.some((p) => p.example.source === s));
  const loso = sources.map((s) => {
    process.stdout.write(`\r  leave one source out: ${s}…          `);
    return leaveOneSourceOut(prepared, s);
  });
  if (loso.length) out();
  data.threshold = chosen.threshold;
  data.contextThreshold = chosen.contextThreshold;
  data.hitThreshold = chosen.hitThreshold;
  data.plainHitThreshold = chosen.plainHitThreshold;
  data.trainedOn = {
    ...data.trainedOn,
    splits: ['train', 'dev'],
    sources: Object.fromEntries([...new Set(learn.map((e) => e.source))].sort().map((s) => [s, learn.filter((e) => e.source === s).length])),
    threshold: chosen.threshold,
    contextThreshold: chosen.contextThreshold,
    hitThreshold: chosen.hitThreshold,
    plainHitThreshold: chosen.plainHitThreshold,
    outOfFold: { folds: FOLDS, examples: heldOut.length, maxFalseAlarm: MAX_FALSE_ALARM, recallTarget: RECALL_TARGET, ...counts(chosen.rates), byCategory: overall.found, falseAlarmsByCategory: overall.alarms, bySource: perSource },
    leaveOneSourceOut: Object.fromEntries(
      loso.map((l) => [l.source, { threshold: l.threshold, contextThreshold: l.contextThreshold, hitThreshold: l.hitThreshold, plainHitThreshold: l.plainHitThreshold, calibration: counts(l.calibration), ...counts(l.rates), byCategory: l.found, falseAlarmsByCategory: l.alarms }]),
    ),
  };
  writeFileSync(modelPath(), `${JSON.stringify(data)}\n`);
  out(`Trained in ${((Date.now() - started) / 1000).toFixed(1)} s: ${data.gaps.length} weights kept, ${(JSON.stringify(data).length / 1024).toFixed(0)} KB.`);
  out(`Thresholds ${chosen.threshold}, ${chosen.contextThreshold} in a safe context, ${chosen.hitThreshold} for a pattern hit in a safe context and ${chosen.plainHitThreshold} for any other pattern hit in a text of ${MODEL_MIN_WORDS} words or more`);
  out(`  (chosen on scores with each independent writer left out, the rest out of fold: ${describe(chosen.rates)})`);
  out(`  (figures below: ${heldOut.length} out-of-fold examples, at most ${MAX_FALSE_ALARM * 100} % false alarms; recall target ${RECALL_TARGET * 100} %${chosen.rates.recall < RECALL_TARGET ? ', NOT reached' : ''}):`);
  out(`  out-of-fold: ${breakdownLine(overall)}`);
  for (const [source, c] of Object.entries(perSource)) out(`  out-of-fold, ${source}: recall ${c.recallPct} % (${c.tp} of ${c.tp + c.fn}), false alarms ${c.falseAlarmPct} % (${c.fp} of ${c.fp + c.tn})`);
  for (const l of loso) {
    out(`Leave one source out, ${l.source} (trained without it; thresholds ${l.threshold} / ${l.contextThreshold} / hit ${l.hitThreshold} / plain hit ${l.plainHitThreshold} from calibration scores without it: ${describe(l.calibration)}):`);
    out(`  ${breakdownLine(l)}`);
  }
  if (flags.includes('--errors')) {
    const flag = flaggedBy(chosen);
    for (const s of heldOut) {
      if (flag(s) !== s.crisis) out(`${s.crisis ? 'MISSED' : 'ALARM '} [${s.source}/${s.category}] ${s.text}   (out-of-fold score ${s.score.toFixed(2)}${s.ruledOut ? ', ruled out in context' : ''})`);
    }
  }
  out(`Wrote ${modelPath()}. Run npm run safety:eval for the figures.`);
  return 0;
}

/** The figures for one set of examples: crisis check (each part), personal information, time. */
function report(title: string, examples: CorpusExample[], options: { errors?: boolean; piAll?: boolean } = {}) {
  const crisisSet = crisisExamples(examples);
  // Corpus splits: the personal-information file, the legacy set and any sentence holding some.
  // A separate file (held out or one-off) is judged whole when it labels personal information at all.
  const piLabelled = examples.some((e) => e.pii.length > 0);
  const piSet = options.piAll ? (piLabelled ? examples : []) : examples.filter((e) => e.source === 'personal-info' || e.pii.length > 0 || e.source === 'legacy');
  out(`== ${title}`);
  const r = crisisRates(examples);
  const p = crisisPredictions(crisisSet);
  const crisisOnly = crisisSet.filter((e) => e.crisis);
  const categories = byCategory(
    crisisOnly,
    p.combined.filter((_, i) => crisisSet[i]!.crisis),
  );
  const safeCategories = byCategory(
    crisisSet.filter((e) => !e.crisis),
    p.combined.filter((_, i) => !crisisSet[i]!.crisis),
  );
  out(`Crisis check: ${crisisOnly.length} crisis and ${crisisSet.length - crisisOnly.length} not-crisis sentences`);
  out(`  combined (patterns + model):  ${describe(r.combined)}`);
  out(`  patterns alone:               ${describe(r.patterns)}`);
  out(`  model alone (≥ ${CRISIS_MODEL.threshold}):         ${describe(r.model)}`);
  out(`  original exact-phrase list:   ${describe(r['phrase-list'])}`);
  out(`  crisis found by category:     ${categoryLine(categories)}`);
  out(`  false alarms by category:     ${categoryLine(safeCategories)}`);
  const pi = personalInfoRates(piSet);
  if (piSet.length) {
    out(`Personal-information check: ${piSet.length} sentences, ${piSet.filter((e) => e.pii.length).length} holding personal information`);
    out(`  per sentence:          ${describe(pi.perText)}`);
    out(`  per sentence and kind: ${describe(pi.perKind)}`);
  } else out('Personal-information check: no sentence here is labelled with personal information');
  const texts = examples.map((e) => e.text);
  const t = timePerMessage(texts, (s) => checkCrisis(s));
  const both = timePerMessage(texts, (s) => [checkCrisis(s), findPersonalInfo(s)]);
  const long = Array.from({ length: Math.min(20, Math.floor(texts.length / 40)) }, (_, i) => texts.slice(i * 40, i * 40 + 40).join(' ')); // posts of ~40 sentences
  const tl = long.length ? timePerMessage(long, (s) => checkCrisis(s), 3) : null;
  out(`Time per message (crisis check, ${t.calls} calls): p50 ${t.p50.toFixed(3)} ms, p95 ${t.p95.toFixed(3)} ms, p99 ${t.p99.toFixed(3)} ms; both checks p95 ${both.p95.toFixed(3)} ms`);
  if (tl) out(`  a long post (~40 sentences): p95 ${tl.p95.toFixed(3)} ms`);
  out(`  (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores while timing: on a busy machine the tail is the scheduler's)`);
  if (options.errors) {
    crisisSet.forEach((e, i) => {
      if (p.combined[i] !== e.crisis) {
        const n = normalise(e.text);
        const hit = findCrisisPatterns(n)[0];
        out(`${e.crisis ? 'MISSED' : 'ALARM '} [${e.category}] ${e.text}   (score ${CRISIS_MODEL.score(n).toFixed(2)}${hit ? `, pattern ${hit.category}: ${hit.matched}` : ''})`);
      }
    });
    for (const w of pi.wrong) out(`PI ${w}`);
  }
  out(
    `Summary ${JSON.stringify({
      set: title,
      crisis: counts(r.combined),
      phraseList: counts(r['phrase-list']),
      byCategory: categories,
      personalInfo: piSet.length ? counts(pi.perText) : null,
      personalInfoByKind: piSet.length ? counts(pi.perKind) : null,
      p95ms: +t.p95.toFixed(3),
    })}`,
  );
  out();
}

/**
 * Leave one source out for every source (or one): the honest in-repo proxy for text the check has
 * never seen. Each source's sentences are read by a model trained, and thresholds chosen from
 * out-of-fold scores, without any of that source's sentences.
 */
function losoCommand(flags: string[]): number {
  const only = flags.find((f) => f.startsWith('--loso='))?.slice(7);
  const learn = learnable(loadCorpus());
  const prepared = prepare(learn);
  const sources = [...new Set(crisisExamples(learn).map((e) => e.source))].sort().filter((s) => !only || s === only);
  if (!sources.length) {
    process.stderr.write(`No source "${only}" in train + dev.\n`);
    return 2;
  }
  const rows: { source: string; tp: number; fn: number; fp: number; tn: number }[] = [];
  for (const source of sources) {
    const l = leaveOneSourceOut(prepared, source);
    out(`Leave one source out, ${source} (thresholds ${l.threshold} / ${l.contextThreshold} / hit ${l.hitThreshold} / plain hit ${l.plainHitThreshold} from calibration scores without it: ${describe(l.calibration)}):`);
    out(`  ${breakdownLine(l)}`);
    rows.push({ source, tp: l.rates.tp, fn: l.rates.fn, fp: l.rates.fp, tn: l.rates.tn });
    if (flags.includes('--errors')) for (const e of l.errors) out(`  ${e.crisis ? 'MISSED' : 'ALARM '} [${source}/${e.category}] ${e.text}   (score ${e.score.toFixed(2)}${e.ruledOut ? ', ruled out in context' : ''})`);
  }
  out(`Summary ${JSON.stringify(rows.map((r) => ({ ...r, recallPct: pct(r.tp / Math.max(1, r.tp + r.fn)), falseAlarmPct: pct(r.fp / Math.max(1, r.fp + r.tn)) })))}`);
  return 0;
}

function evalCommand(flags: string[]): number {
  if (flags.some((f) => f === '--loso' || f.startsWith('--loso='))) return losoCommand(flags);
  const showErrors = flags.includes('--errors');
  const fileAt = flags.findIndex((f) => f === '--file' || f.startsWith('--file='));
  if (fileAt >= 0) {
    const path = flags[fileAt]!.startsWith('--file=') ? flags[fileAt]!.slice(7) : flags[fileAt + 1];
    if (!path) {
      process.stderr.write('--file needs a path: npm run safety:eval -- --file <path>\n');
      return 2;
    }
    if (showErrors) {
      process.stderr.write('--errors lists dev mistakes only; a file given with --file is judged for its figures alone.\n');
      return 2;
    }
    const examples = parseJsonl(readFileSync(resolve(path), 'utf8'), basename(path));
    report(`file ${basename(path)} (${examples.length} lines, every line whatever its split)`, examples, { piAll: true });
    return 0;
  }
  const only = flags.find((f) => f.startsWith('--split='))?.slice(8) as Split | undefined;
  if (only && !['train', 'dev', 'test'].includes(only)) {
    process.stderr.write(`Unknown split "${only}": train, dev or test.\n`);
    return 2;
  }
  const corpus = loadCorpus();
  out(`Safety checks on the corpus (${corpus.length} examples in ${corpusDir()}/*.jsonl; splits fixed in the files)`);
  const oof = (CRISIS_MODEL.data.trainedOn as { outOfFold?: ReturnType<typeof counts> & { examples: number; byCategory: Record<string, { found: number; n: number }> } }).outOfFold;
  if (oof) {
    out(`The model learnt from train + dev; its thresholds (${CRISIS_MODEL.threshold}, ${CRISIS_MODEL.contextThreshold} where words were ruled out in context)`);
    out(`come from out-of-fold scores over train + dev (every source), 5 folds by group: ${describe({ ...oof, recall: oof.recallPct / 100, falseAlarm: oof.falseAlarmPct / 100 })}`);
    out(`  out-of-fold by category: ${categoryLine(oof.byCategory)}`);
    const loso = (CRISIS_MODEL.data.trainedOn as { leaveOneSourceOut?: Record<string, ReturnType<typeof counts> & { byCategory: Record<string, { found: number; n: number }> }> }).leaveOneSourceOut ?? {};
    for (const [source, l] of Object.entries(loso)) {
      out(`Leave one source out, ${source} (trained and calibrated without it, then read once): ${describe({ ...l, recall: l.recallPct / 100, falseAlarm: l.falseAlarmPct / 100 })}`);
      out(`  by category: ${categoryLine(l.byCategory)}`);
    }
    out('  (train and dev figures below are on sentences the model learnt from, and dev steered the patterns: read them as fit, not as a test)');
  }
  out();
  for (const split of ['train', 'dev'] as const) {
    if (only && only !== split) continue;
    report(`${split} split`, inSplit(corpus, split), { errors: showErrors && split === 'dev' });
  }
  const test = inSplit(corpus, 'test');
  if (test.length && (!only || only === 'test')) {
    const files = [...new Set(test.map((e) => e.source))].join(', ');
    report(`test split: the independent held-out set (${test.length} lines; sources: ${files})`, test, { piAll: true });
  } else if (!test.length) out(`No test lines: the held-out set (corpus/${HOLDOUT_FILE}, every line "split":"test") has not been added; the ones before it (holdout.jsonl to holdout-5.jsonl) were each read once on 2026-12-06 and are now training data.`);
  return 0;
}

/** Moderators' decisions (no author, no ids) into corpus/moderator.jsonl, merged by example id; new ones wait for review. */
async function exportCommand(): Promise<number> {
  const config = loadConfig(process.env);
  const prepared = await prepareDatabase(config);
  const db = new DataSource({ type: 'postgres', url: prepared.target.url, migrations: MIGRATIONS, extra: { max: 1 } });
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    const path = join(corpusDir(), 'moderator.jsonl');
    const existing = existsSync(path) ? parseJsonl(readFileSync(path, 'utf8'), 'moderator.jsonl') : [];
    const known = new Set(existing.map((e) => e.id));
    const [{ total }]: { total: number }[] = await db.query(`SELECT count(*)::int AS total FROM safety_examples`);
    out(`${total} moderator decisions in the database; ${existing.length} already in ${path}.`);
    const added: CorpusExample[] = [];
    const page = 500;
    for (let offset = 0; offset < total; offset += page) {
      const rows: { id: string; text: string; crisis: boolean; origin: string; target_type: string }[] = await db.query(
        `SELECT id, text, crisis, origin, target_type FROM safety_examples ORDER BY created_at, id LIMIT $1 OFFSET $2`,
        [page, offset],
      );
      for (const r of rows) {
        const id = `mod-${r.id}`;
        if (known.has(id)) continue;
        added.push({
          id,
          text: r.text,
          crisis: r.crisis,
          category: r.crisis ? 'moderator-crisis' : 'moderator-not-crisis',
          pii: [],
          source: 'moderator',
          group: id,
          split: splitOf(id),
          reviewed: false,
        });
      }
      await db.query(`UPDATE safety_examples SET exported_at = now() WHERE id IN (SELECT id FROM safety_examples ORDER BY created_at, id LIMIT $1 OFFSET $2) AND exported_at IS NULL`, [page, offset]);
      process.stdout.write(`\r  ${Math.min(total, offset + page)} / ${total} read, ${added.length} new`);
    }
    if (total) out();
    writeFileSync(path, toJsonl([...existing, ...added]));
    out(`Wrote ${added.length} new examples (reviewed: false) to ${path}.`);
    out('Review them (fix a label if needed, set "reviewed": true), then npm run safety:train and npm run safety:eval.');
    return 0;
  } finally {
    if (db.isInitialized) await db.destroy();
    await prepared.embedded?.stop();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...flags] = argv;
  switch (command) {
    case 'corpus':
      return corpusCommand();
    case 'train':
      return trainCommand(flags);
    case 'eval':
      return evalCommand(flags);
    case 'export':
      return exportCommand();
    default:
      out(USAGE);
      return command && command !== '--help' ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(e instanceof ConfigError ? `${e.message}\n` : `safety: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
