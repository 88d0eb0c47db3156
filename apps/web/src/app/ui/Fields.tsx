import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

interface FieldBase {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
}

function describedBy(id: string, hint: ReactNode, error: string | null | undefined, extra?: string) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function HintAndError({ id, hint, error }: Pick<FieldBase, 'id' | 'hint' | 'error'>) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

/** The wrapper every field shares: a label, then its hint and error, then the control. */
function FieldFrame({ id, label, hint, error, className, children }: FieldBase & { className?: string; children: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** A labelled text input with an optional hint and error, wired with aria-describedby. */
export function TextField({
  id,
  label,
  hint,
  error,
  className,
  ...input
}: FieldBase & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, input['aria-describedby'])}
        {...input}
      />
    </FieldFrame>
  );
}

/** A labelled textarea; `counter` is shown under it and read with the description. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  counter,
  ...textarea
}: FieldBase & { counter?: ReactNode } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        className="input textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, counter ? `${id}-counter` : undefined)}
        {...textarea}
      />
      {counter ? (
        <p id={`${id}-counter`} className="field-counter">
          {counter}
        </p>
      ) : null}
    </FieldFrame>
  );
}

/** A labelled select. */
export function SelectField({
  id,
  label,
  hint,
  error,
  children,
  className,
  ...select
}: FieldBase & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <select
        id={id}
        className="input select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {children}
      </select>
    </FieldFrame>
  );
}

/** A checkbox with its label beside it. */
export function CheckboxField({
  id,
  label,
  hint,
  error,
  ...input
}: FieldBase & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>) {
  return (
    <div className={`field field--checkbox${error ? ' field--error' : ''}`}>
      <input
        id={id}
        type="checkbox"
        className="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
      <div>
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        <HintAndError id={id} hint={hint} error={error} />
      </div>
    </div>
  );
}

export interface ChoiceOption<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
}

/** The id of one option's input: `${name}-${value}` (the first one is what an error links to). */
export const choiceId = (name: string, value: string) => `${name}-${value}`;

function ChoiceGroup<V extends string>({
  type,
  name,
  legend,
  hint,
  error,
  options,
  isChecked,
  onToggle,
  className,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  options: readonly ChoiceOption<V>[];
  isChecked: (value: V) => boolean;
  onToggle: (value: V, checked: boolean) => void;
  className?: string;
}) {
  return (
    <fieldset
      className={`field fieldset${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={describedBy(name, hint, error)}
    >
      <legend className="field-label">{legend}</legend>
      <HintAndError id={name} hint={hint} error={error} />
      <div className={`choices choices--${type}`}>
        {options.map((o) => {
          const id = choiceId(name, o.value);
          return (
            <div key={o.value} className="choice">
              <input
                id={id}
                type={type}
                name={name}
                value={o.value}
                className={type === 'radio' ? 'radio' : 'checkbox'}
                checked={isChecked(o.value)}
                onChange={(e) => onToggle(o.value, e.target.checked)}
                aria-describedby={o.hint ? `${id}-hint` : undefined}
              />
              <div>
                <label htmlFor={id} className="choice__label">
                  {o.label}
                </label>
                {o.hint ? (
                  <p id={`${id}-hint`} className="field-hint choice__hint">
                    {o.hint}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Radios in a fieldset, with the legend as the question and an optional hint per option. */
export function RadioGroupField<V extends string>({
  value,
  onChange,
  ...rest
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  options: readonly ChoiceOption<V>[];
  value: V | null;
  onChange: (value: V) => void;
  className?: string;
}) {
  return <ChoiceGroup type="radio" {...rest} isChecked={(v) => v === value} onToggle={(v) => onChange(v)} />;
}

/** Checkboxes in a fieldset: pick any number of the options. */
export function CheckboxGroupField<V extends string>({
  values,
  onChange,
  ...rest
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  options: readonly ChoiceOption<V>[];
  values: readonly V[];
  onChange: (values: V[]) => void;
  className?: string;
}) {
  return (
    <ChoiceGroup
      type="checkbox"
      {...rest}
      isChecked={(v) => values.includes(v)}
      onToggle={(v, checked) =>
        onChange(checked ? [...values.filter((x) => x !== v), v] : values.filter((x) => x !== v))
      }
    />
  );
}
