import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { FieldExtras, useFieldIds } from './text-field';

type FieldProps = { label: string; errors?: string[]; hint?: ReactNode };

/** A labelled <select> with the same hint and inline-error wiring as TextField. */
export function SelectField({ label, errors, hint, id, className = '', children, ...props }: SelectHTMLAttributes<HTMLSelectElement> & FieldProps) {
  const { fieldId, invalid, describedBy } = useFieldIds(id, hint, errors);
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={fieldId} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      <select
        id={fieldId}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={`min-h-11 rounded-lg border bg-white px-3 text-base ${invalid ? 'border-red-600' : 'border-stone-300'}`}
        {...props}
      >
        {children}
      </select>
      <FieldExtras fieldId={fieldId} hint={hint} errors={errors} />
    </div>
  );
}

/** A labelled <textarea> with the same hint and inline-error wiring as TextField. */
export function TextareaField({ label, errors, hint, id, className = '', ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & FieldProps) {
  const { fieldId, invalid, describedBy } = useFieldIds(id, hint, errors);
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={fieldId} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      <textarea
        id={fieldId}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={`rounded-lg border bg-white px-3 py-2 text-base ${invalid ? 'border-red-600' : 'border-stone-300'}`}
        {...props}
      />
      <FieldExtras fieldId={fieldId} hint={hint} errors={errors} />
    </div>
  );
}
