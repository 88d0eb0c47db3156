import { GqlClient } from '../../../testing/gql-client';
import { startTestApp, TestApp } from '../../../testing/test-app';

const CHECK = `query($t: String!) { checkText(text: $t) { support { title lines { name detail href } } personalInfo { kind text } } }`;

describe('checking text before it is posted (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { catalogue: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('offers help lines for crisis text and warns about personal information, and not for everyday text', async () => {
    const c = new GqlClient(t.url);
    const crisis = await c.ok(CHECK, { t: 'I can’t go on like this anymore. Call me on 07700 900123.' });
    expect(crisis.checkText.support.lines.map((l: { detail: string }) => l.detail).join(' ')).toMatch(/116 123.*111.*999/);
    expect(crisis.checkText.personalInfo).toEqual([{ kind: 'phone', text: '07700 900123' }]);
    const everyday = await c.ok(CHECK, { t: 'This pain is killing me; glucose 7.8 mmol/L.' });
    expect(everyday.checkText).toEqual({ support: null, personalInfo: [] });
  });
});
