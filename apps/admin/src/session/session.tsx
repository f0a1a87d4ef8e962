import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken } from '../api/client';
import type { MeView, Permission } from '../api/types';

export const ME_KEY = ['auth', 'me'] as const;

/** Set when a request answered 401 under an open screen, so the login page can say why. */
export const sessionEnded = { value: false };

/** `GET /api/auth/me`; null when nobody is logged in. */
async function fetchMe(): Promise<MeView | null> {
  try {
    const me = await api.get<MeView>('/api/auth/me', { allowUnauthorized: true });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export interface Session {
  /** Undefined while the first `me` is loading. */
  me: MeView | null | undefined;
  loading: boolean;
  error: unknown;
  can(permission: Permission): boolean;
  /** After login or a profile change: the new `me` for every screen. */
  setMe(me: MeView | null): void;
  logout(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 });
  const me = query.data;

  const setMe = useCallback(
    (next: MeView | null) => {
      setCsrfToken(next?.csrfToken ?? null);
      queryClient.setQueryData(ME_KEY, next);
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await api.post('/api/auth/logout', undefined, { allowUnauthorized: true });
    } finally {
      setCsrfToken(null);
      // Other users' data must not stay in memory; localStorage (drafts) is left alone.
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
    }
  }, [queryClient]);

  const value = useMemo<Session>(
    () => ({
      me,
      loading: query.isPending,
      error: query.error,
      can: (p) => me?.permissions.includes(p) ?? false,
      setMe,
      logout,
    }),
    [me, query.isPending, query.error, setMe, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The logged-in user's `me`; only inside routes guarded by RequireLogin. */
export function useMe(): MeView {
  const { me } = useSession();
  if (!me) throw new Error('useMe without a session');
  return me;
}
