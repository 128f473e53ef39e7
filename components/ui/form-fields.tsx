import type { SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { controlBorder, Field, type FieldProps } from './text-field';

/** A labelled <select> with the same hint and inline-error wiring as TextField. */
export function SelectField({ label, errors, hint, id, className, children, ...props }: SelectHTMLAttributes<HTMLSelectElement> & FieldProps) {
  return (
    <Field label={label} errors={errors} hint={hint} id={id} className={className}>
      {(wiring, invalid) => (
        <select {...wiring} className={`min-h-11 rounded-lg border bg-white px-3 text-base ${controlBorder(invalid)}`} {...props}>
          {children}
        </select>
      )}
    </Field>
  );
}

/** A labelled <textarea> with the same hint and inline-error wiring as TextField. */
export function TextareaField({ label, errors, hint, id, className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & FieldProps) {
  return (
    <Field label={label} errors={errors} hint={hint} id={id} className={className}>
      {(wiring, invalid) => <textarea {...wiring} className={`rounded-lg border bg-white px-3 py-2 text-base ${controlBorder(invalid)}`} {...props} />}
    </Field>
  );
}

/**
 * A select's options from a label table (`{ futsal: '풋살' }`) or [value, label] pairs, after an
 * optional "any" choice with an empty value (filters).
 */
export function Options({ from, any }: { from: Record<string, string> | readonly (readonly [string | number, string])[]; any?: string }) {
  const entries = Array.isArray(from) ? from : Object.entries(from);
  return (
    <>
      {any !== undefined && <option value="">{any}</option>}
      {entries.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}
