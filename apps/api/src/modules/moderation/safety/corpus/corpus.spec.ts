import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusFiles, HOLDOUT_FILE, HOLDOUT_SOURCE, inSplit, learnable, loadCorpus, parseJsonl } from './corpus';

describe('the safety corpus files', () => {
  const corpus = loadCorpus();

  it.each(['holdout-3', 'holdout-4', 'holdout-5'])('%s was read once and is now training data, keeping its source', (source) => {
    const read = corpus.filter((e) => e.source === source);
    expect(read.length).toBe(1000);
    expect(read.every((e) => e.split === 'train')).toBe(true);
  });

  it('any test line comes from the current held-out set only, and is never learnt from', () => {
    expect(inSplit(corpus, 'test').every((e) => e.source === HOLDOUT_SOURCE)).toBe(true);
    expect(learnable(corpus).some((e) => e.source === HOLDOUT_SOURCE)).toBe(false);
  });

  describe('the optional held-out file', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'kindred-corpus-'));
      writeFileSync(join(dir, 'crisis-templates.jsonl'), '{"text":"I want to die","crisis":true,"split":"train","source":"template"}\n');
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('is fine when missing', () => {
      expect(corpusFiles(dir)).toEqual(['crisis-templates.jsonl']);
      expect(inSplit(loadCorpus(dir), 'test')).toEqual([]);
    });

    it('is read when present: lines without a split are test, lines without a source take the file name', () => {
      writeFileSync(join(dir, HOLDOUT_FILE), '{"text":"bye all x","crisis":true}\n{"text":"my number is 07700 900123","crisis":false,"category":"personal-info","pii":["phone"],"split":"test"}\n');
      expect(corpusFiles(dir)).toEqual(['crisis-templates.jsonl', HOLDOUT_FILE]);
      const test = inSplit(loadCorpus(dir), 'test');
      expect(test.map((e) => [e.id, e.source, e.split])).toEqual([
        [`${HOLDOUT_SOURCE}-1`, HOLDOUT_SOURCE, 'test'],
        [`${HOLDOUT_SOURCE}-2`, HOLDOUT_SOURCE, 'test'],
      ]);
      expect(learnable(loadCorpus(dir)).map((e) => e.source)).toEqual(['template']);
    });
  });

  it('a file given on its own takes its name as the source when its lines carry none', () => {
    expect(parseJsonl('{"text":"x","crisis":false}', 'one-off.jsonl')[0]).toMatchObject({ source: 'one-off', split: 'test' });
  });
});
