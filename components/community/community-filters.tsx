import Link from '@/components/ui/link';
import { CategoryChips } from '@/components/posts/category-chips';
import { categoryLabels, communityCategories } from '@/lib/community/categories';
import { communityHref, type CommunityQuery } from './community-keys';

/** 전체 + every category as links that keep the tag and search words. */
export function CommunityCategoryChips({ query }: { query: CommunityQuery }) {
  return (
    <CategoryChips
      categories={communityCategories}
      label={(c) => categoryLabels[c]}
      active={query.category}
      href={(category) => communityHref({ ...query, category, page: 1 })}
    />
  );
}

/** Search words and a tag, submitted as a plain GET form (works before hydration too). */
export function CommunitySearch({ query }: { query: CommunityQuery }) {
  return (
    <form role="search" aria-label="동네생활 검색" action="/community" className="flex flex-col gap-2 sm:flex-row">
      {query.category && <input type="hidden" name="category" value={query.category} />}
      <label className="flex flex-1 flex-col gap-1">
        <span className="sr-only">검색어</span>
        <input
          type="search"
          name="q"
          defaultValue={query.q ?? ''}
          maxLength={100}
          placeholder="제목, 내용, 카테고리, 태그 검색"
          className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 text-base"
        />
      </label>
      <label className="flex flex-col gap-1 sm:w-40">
        <span className="sr-only">태그</span>
        <input
          type="text"
          name="tag"
          defaultValue={query.tag ? `#${query.tag}` : ''}
          maxLength={21}
          placeholder="#태그"
          className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 text-base"
        />
      </label>
      <button type="submit" className="min-h-11 rounded-lg bg-stone-800 px-4 font-semibold text-white hover:bg-stone-900">
        검색
      </button>
    </form>
  );
}

/** A tag as a link to the board filtered by it. */
export function TagLink({ tag }: { tag: string }) {
  return (
    <Link
      href={communityHref({ category: null, tag, q: null, page: 1 })}
      className="rounded-md bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800 ring-1 ring-brand-100 hover:bg-brand-100"
    >
      #{tag}
    </Link>
  );
}
