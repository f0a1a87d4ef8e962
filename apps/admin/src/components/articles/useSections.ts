import { useQuery } from '@tanstack/react-query';
import { articleApi, keys } from './articleApi';

/** The sections (chuyên mục), as Select options; shared by the list, the editor and home. */
export function useSections() {
  const query = useQuery({
    queryKey: keys.sections,
    queryFn: articleApi.sections,
    staleTime: 60_000,
  });
  const options = (query.data ?? []).map((s) => ({ value: s.id, label: s.name }));
  return { sections: query.data ?? [], options, query };
}
