import { complaintTags, complimentTags, reviewTagLabels, type ReviewTag } from '@/db/constants/reviews';

const groups: { legend: string; tags: readonly ReviewTag[] }[] = [
  { legend: '이런 점이 좋았어요 (선택)', tags: complimentTags },
  { legend: '이런 점이 아쉬웠어요 (선택)', tags: complaintTags },
];

/** The fixed compliment and complaint tags as checkboxes named "tags" (the form reads them with FormData). */
export function TagPicker({ errors }: { errors?: string[] }) {
  return (
    <>
      {groups.map(({ legend, tags }) => (
        <fieldset key={legend}>
          <legend className="text-sm font-medium text-stone-800">{legend}</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {tags.map((value) => (
              <label key={value} className="cursor-pointer">
                <input type="checkbox" name="tags" value={value} className="peer sr-only" />
                <span className="inline-flex min-h-9 items-center rounded-full border border-stone-300 px-3 text-sm peer-checked:border-brand-700 peer-checked:bg-brand-50 peer-checked:text-brand-800 peer-focus-visible:ring-2 peer-focus-visible:ring-brand-700">
                  {reviewTagLabels[value]}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {errors?.length ? <p className="text-sm text-red-700">{errors[0]}</p> : null}
    </>
  );
}
