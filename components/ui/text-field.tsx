import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

type Props = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  errors?: string[];
  hint?: ReactNode;
  multiline?: false;
};

/** Ids that tie a field to its hint and error list for screen readers. */
export function useFieldIds(id: string | undefined, hint: ReactNode, errors: string[] | undefined) {
  const generated = useId();
  const fieldId = id ?? generated;
  const invalid = Boolean(errors?.length);
  const describedBy = [hint && `${fieldId}-hint`, invalid && `${fieldId}-error`].filter(Boolean).join(' ') || undefined;
  return { fieldId, invalid, describedBy };
}

/** The hint and the inline errors under a field. */
export function FieldExtras({ fieldId, hint, errors }: { fieldId: string; hint: ReactNode; errors?: string[] }) {
  return (
    <>
      {hint && (
        <p id={`${fieldId}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      {errors?.length ? <FieldErrors id={`${fieldId}-error`} errors={errors} /> : null}
    </>
  );
}

/** Label, input, hint and inline field errors, wired for screen readers. */
export function TextField({ label, errors, hint, id, className = '', ...props }: Props) {
  const { fieldId, invalid, describedBy } = useFieldIds(id, hint, errors);
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={fieldId} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={fieldId}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={`min-h-11 rounded-lg border bg-white px-3 text-base ${invalid ? 'border-red-600' : 'border-stone-300'}`}
        {...props}
      />
      <FieldExtras fieldId={fieldId} hint={hint} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors: string[] }) {
  return (
    <ul id={id} className="text-sm text-red-700">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}
