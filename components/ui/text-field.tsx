import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

type Props = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  errors?: string[];
  hint?: ReactNode;
  multiline?: false;
};

/** Label, input, hint and inline field errors, wired for screen readers. */
export function TextField({ label, errors, hint, id, className = '', ...props }: Props) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const invalid = Boolean(errors?.length);
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={inputId} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={inputId}
        aria-invalid={invalid || undefined}
        aria-describedby={[hint && hintId, invalid && errorId].filter(Boolean).join(' ') || undefined}
        className={`min-h-11 rounded-lg border bg-white px-3 text-base ${invalid ? 'border-red-600' : 'border-stone-300'}`}
        {...props}
      />
      {hint && (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      {invalid && <FieldErrors id={errorId} errors={errors!} />}
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
