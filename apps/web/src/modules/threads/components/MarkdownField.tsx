import { useId, useState } from 'react';
import type { TextareaHTMLAttributes } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { LIMITS } from '@kindred/contracts';
import { usePreviewMarkdownQuery } from '../../../generated/graphql';
import { describeError } from '../../../app/ui/errors';
import { TextAreaField } from '../../../app/ui/Fields';
import { useDebouncedValue } from '../../../app/ui/useDebouncedValue';
import { PostBody } from './PostBits';

const PREVIEW_DEBOUNCE_MS = 400;

export const MARKDOWN_HINT =
  'You can use Markdown: **bold**, *italic*, - lists, > quotes and links. Images are not shown.';

/**
 * A Markdown textarea with a "Preview" toggle. The preview is rendered by the API exactly as
 * the post will be (previewMarkdown), as you type, a moment after you stop.
 */
export function MarkdownField({
  id,
  label,
  hint = MARKDOWN_HINT,
  error,
  value,
  onChange,
  max,
  rows = 8,
  ...textarea
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  /** The most characters allowed: a counter appears as the text gets near it. */
  max: number;
  rows?: number;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'>) {
  const [showPreview, setShowPreview] = useState(false);
  const previewId = useId();
  const source = useDebouncedValue(value, PREVIEW_DEBOUNCE_MS);
  const tooLong = source.length > LIMITS.threadBodyMax;
  const preview = usePreviewMarkdownQuery(
    { input: { body: source } },
    {
      enabled: showPreview && source.trim() !== '' && !tooLong,
      placeholderData: keepPreviousData,
      staleTime: Infinity,
    },
  );
  const left = max - value.length;

  return (
    <div className="markdown-field">
      <TextAreaField
        id={id}
        label={label}
        hint={hint}
        error={error}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={rows}
        counter={
          left < max * 0.1
            ? left >= 0
              ? `${left.toLocaleString('en-GB')} characters left`
              : `${(-left).toLocaleString('en-GB')} ${left === -1 ? 'character' : 'characters'} too many`
            : undefined
        }
        {...textarea}
      />
      <div className="markdown-field__preview-toggle">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={showPreview}
          aria-controls={previewId}
          onClick={() => setShowPreview((v) => !v)}
        >
          Preview
        </button>
      </div>
      <div id={previewId} className="preview" hidden={!showPreview}>
        {showPreview ? (
          <>
            <p className="preview__title">
              Preview
            </p>
            {value.trim() === '' ? (
              <p className="muted">Nothing to preview yet. What you write will appear here as others will see it.</p>
            ) : tooLong ? (
              <p className="muted">This is too long to preview.</p>
            ) : preview.isError ? (
              <p className="muted">The preview isn’t available right now: {describeError(preview.error)}</p>
            ) : preview.data ? (
              <PostBody html={preview.data.previewMarkdown} />
            ) : (
              <p className="muted">Loading the preview…</p>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}
