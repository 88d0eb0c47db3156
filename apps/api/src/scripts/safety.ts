import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/app-config';
import { MIGRATIONS } from '../database/migrations';
import { prepareDatabase } from '../database/prepare-database';
import { buildCorpus } from '../modules/moderation/safety/corpus/build-corpus';
import { CORPUS_SEED, corpusDir, crisisExamples, hash32, inSplit, learnable, loadCorpus, parseJsonl, splitOf, toJsonl, type CorpusExample, type Split } from '../modules/moderation/safety/corpus/corpus';
import { checkCrisis, CRISIS_MODEL } from '../modules/moderation/safety/crisis';
import { CrisisModel, trainModel } from '../modules/moderation/safety/crisis-model';
import { findCrisisPatterns } from '../modules/moderation/safety/crisis-patterns';
import { chooseThresholds, crisisPredictions, crisisRates, describe, personalInfoRates, scoreExamples, timePerMessage, type Rates, type ScoredExample } from '../modules/moderation/safety/evaluate';
import { normalise } from '../modules/moderation/safety/normalise';
import { findPersonalInfo } from '../modules/moderation/safety/personal-info';

const USAGE = `Usage:
  npm run safety:train [-- --errors]        train the crisis model on train + dev; thresholds from out-of-fold scores
                                            (5 folds by group over train + dev); --errors lists the out-of-fold mistakes
  npm run safety:eval                       figures on train and dev, and on test when any line carries "split":"test"
                                            (the independent held-out set, corpus/holdout.jsonl; read it once)
  npm run safety:eval -- --file <path>      figures on one JSON-lines file on its own (a one-off evaluation)
  npm run safety:eval -- --errors           also list the dev examples each check gets wrong (never for test or --file)
  npm run safety:export                     write moderators' reviewed decisions into corpus/moderator.jsonl (needs the database)
  node dist/apps/api/scripts/safety.js corpus   rebuild the corpus files from the templates (existing splits are kept)`;

/** Out-of-fold false alarms the thresholds may allow (the goal is at most 5 %; this keeps a margin). */
const HELD_OUT_MAX_FALSE_ALARM = 0.04;
/** Folds for the out-of-fold scores over train + dev (whole groups per fold, like the splits). */
const FOLDS = 5;

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

function trainCommand(flags: string[]): number {
  const corpus = loadCorpus();
  const learn = learnable(corpus);
  out(`Training on ${learn.length} train + dev examples (${learn.filter((e) => e.crisis).length} crisis; ${inSplit(corpus, 'test').length} test lines never read)…`);
  const started = Date.now();
  const rows = (xs: CorpusExample[]) => xs.map((e) => ({ normalised: normalise(e.text), crisis: e.crisis }));
  // Thresholds are chosen on scores the model did not learn from: each group of train + dev scored
  // by a model trained without it (5 folds by group). The shipped model then learns from all of it.
  const foldOf = (e: CorpusExample) => hash32(`${CORPUS_SEED}:fold:${e.group}`) % FOLDS;
  const heldOut: ScoredExample[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const fold = new CrisisModel(trainModel(rows(learn.filter((e) => foldOf(e) !== k))));
    heldOut.push(...scoreExamples(learn.filter((e) => foldOf(e) === k), fold));
    process.stdout.write(`\r  out-of-fold scores: fold ${k + 1} of ${FOLDS}`);
  }
  out();
  const data = trainModel(rows(learn));
  const chosen = chooseThresholds(heldOut, HELD_OUT_MAX_FALSE_ALARM);
  const flagged = heldOut.map((s) => s.hit || s.score >= (s.ruledOut ? chosen.contextThreshold : chosen.threshold));
  const perCategory = byCategory(
    heldOut.filter((s) => s.crisis),
    flagged.filter((_, i) => heldOut[i]!.crisis),
  );
  data.threshold = chosen.threshold;
  data.contextThreshold = chosen.contextThreshold;
  data.trainedOn = {
    ...data.trainedOn,
    splits: ['train', 'dev'],
    threshold: chosen.threshold,
    contextThreshold: chosen.contextThreshold,
    outOfFold: { folds: FOLDS, examples: heldOut.length, maxFalseAlarm: HELD_OUT_MAX_FALSE_ALARM, ...counts(chosen.rates), byCategory: perCategory },
  };
  writeFileSync(modelPath(), `${JSON.stringify(data)}\n`);
  out(`Trained in ${((Date.now() - started) / 1000).toFixed(1)} s: ${data.gaps.length} weights kept, ${(JSON.stringify(data).length / 1024).toFixed(0)} KB.`);
  out(`Thresholds ${chosen.threshold}, and ${chosen.contextThreshold} where the patterns ruled crisis words out in context`);
  out(`  (chosen on ${heldOut.length} out-of-fold train + dev examples: ${describe(chosen.rates)}).`);
  out(`  out-of-fold by category: ${categoryLine(perCategory)}`);
  if (flags.includes('--errors')) {
    heldOut.forEach((s, i) => {
      if (flagged[i] !== s.crisis) out(`${s.crisis ? 'MISSED' : 'ALARM '} [${s.category}] ${s.text}   (out-of-fold score ${s.score.toFixed(2)}${s.ruledOut ? ', ruled out in context' : ''})`);
    });
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

function evalCommand(flags: string[]): number {
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
    out(`come from out-of-fold scores over train + dev, 5 folds by group: ${describe({ ...oof, recall: oof.recallPct / 100, falseAlarm: oof.falseAlarmPct / 100 })}`);
    out(`  out-of-fold by category: ${categoryLine(oof.byCategory)}`);
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
  } else if (!test.length) out('No test lines: the held-out set (corpus/holdout.jsonl, every line "split":"test") has not been added.');
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
