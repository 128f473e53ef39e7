/** A number field's value for the API: empty stays undefined (so the API names the missing field), anything else a number. */
export const numberOrUndefined = (v: FormDataEntryValue | null) => (v === null || String(v).trim() === '' ? undefined : Number(v));
