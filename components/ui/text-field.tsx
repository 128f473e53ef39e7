import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

export type FieldProps = { label: string; errors?: string[]; hint?: ReactNode; id?: string; className?: string };

/** What a field's control needs to be tied to its label, hint and errors for screen readers. */
type ControlWiring = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

/** The border of a control: red while it has errors. */
export const controlBorder = (invalid: boolean) => (invalid ? 'border-red-600' : 'border-stone-300');

/**
 * The frame every field shares: the label, the control (`children`, given its wiring and
 * whether it is invalid), the hint and the inline errors.
 */
export function Field({ label, errors, hint, id, className = '', children }: FieldProps & { children: (wiring: ControlWiring, invalid: boolean) => ReactNode }) {
  const generated = useId();
  const fieldId = id ?? generated;
  const invalid = Boolean(errors?.length);
  const describedBy = [hint && `${fieldId}-hint`, invalid && `${fieldId}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={fieldId} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      {children({ id: fieldId, 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy }, invalid)}
      {hint && (
        <p id={`${fieldId}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      {errors?.length ? <FieldErrors id={`${fieldId}-error`} errors={errors} /> : null}
    </div>
  );
}

/** Label, input, hint and inline field errors, wired for screen readers. */
export function TextField({ label, errors, hint, id, className, ...props }: InputHTMLAttributes<HTMLInputElement> & FieldProps & { multiline?: false }) {
  return (
    <Field label={label} errors={errors} hint={hint} id={id} className={className}>
      {(wiring, invalid) => <input {...wiring} className={`min-h-11 rounded-lg border bg-white px-3 text-base ${controlBorder(invalid)}`} {...props} />}
    </Field>
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
