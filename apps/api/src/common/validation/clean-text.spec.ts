import { textProblem, textProblems } from './clean-text';

describe('text refused at the edge', () => {
  it.each([
    ['a NUL', 'asth\u0000ma'],
    ['a bell', 'ring\u0007'],
    ['an escape sequence', '\u001b[31mred'],
    ['DEL', 'x\u007f'],
    ['a C1 control', 'x\u0085y'],
    ['a right-to-left override', 'invoice\u202Etxt.exe'],
    ['an isolate', '\u2066hidden\u2069'],
    ['only zero-width spaces', '\u200b\u200b\u200b'],
    ['only joiners and a soft hyphen', '\u200d\u00ad\u200c'],
    ['only a Hangul filler', '\u3164\u3164'],
    ['a combining grapheme joiner alone', '\u034f'],
  ])('refuses %s', (_what, text) => {
    expect(textProblem(text)?.code).toBe('INVALID_CHARACTERS');
  });

  it.each([
    ['plain text', 'How do you manage brain fog at work?'],
    ['line breaks and tabs', 'one\n\ttwo\r\nthree'],
    ['emoji with joiners', 'Family 👨‍👩‍👧'],
    ['right-to-left text with its marks', 'مرحبا \u200fبكم'],
    ['a zero-width joiner inside a word', 'a\u200db'],
    ['an empty string (required-ness is another rule)', ''],
    ['spaces only (required-ness is another rule)', '   '],
  ])('accepts %s', (_what, text) => {
    expect(textProblem(text)).toBeNull();
  });

  it('names every offending string by its path, nested in inputs and lists', () => {
    const fields = textProblems({ input: { title: 'ok', tags: ['fine', 'bad\u0000'], body: '\u202e' } }, '');
    expect(fields.map((f) => f.field)).toEqual(['input.tags[1]', 'input.body']);
  });
});
