import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

/** A list the API pages by opaque cursor (`nextCursor`, docs/api.md), read a page at a time. */
export function useCursorPages<T>(
  queryKey: readonly unknown[],
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam || undefined),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function MoreButton({
  pages,
  label,
}: {
  /** What the next page holds, when "Show more" would not say it. */
  label?: string;
  pages: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    fetchNextPage: () => Promise<unknown>;
  };
}) {
  const { t } = useTranslation();
  if (!pages.hasNextPage) return null;
  return (
    <button
      type="button"
      onClick={() => void pages.fetchNextPage()}
      disabled={pages.isFetchingNextPage}
    >
      {label ?? t('common.more')}
    </button>
  );
}
