import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken } from '../api/client';
import type { MeView, Permission } from '../api/types';

export const ME_KEY = ['auth', 'me'] as const;

/** Set when a request answered 401 under an open screen, so the login page can say why. */
export const sessionEnded = { value: false };

const OFFLINE_ME = 'toasoan.me';

/**
 * Who was logged in on this browser, without the CSRF token: lets the shell open offline (the
 * service worker serves it) so a reporter can reach the text kept in localStorage. Forgotten at
 * logout and when the server says the session is over.
 */
export function rememberMe(me: MeView | null): void {
  try {
    if (me) localStorage.setItem(OFFLINE_ME, JSON.stringify({ ...me, csrfToken: '' }));
    else localStorage.removeItem(OFFLINE_ME);
  } catch {
    // Storage refused: the shell just won't open offline.
  }
}

function rememberedMe(): (MeView & { offline: true }) | null {
  try {
    const raw = localStorage.getItem(OFFLINE_ME);
    return raw ? { ...(JSON.parse(raw) as MeView), offline: true } : null;
  } catch {
    return null;
  }
}

/** `GET /api/auth/me`; null when nobody is logged in; the remembered user when offline. */
async function fetchMe(): Promise<MeView | null> {
  try {
    const me = await api.get<MeView>('/api/auth/me', { allowUnauthorized: true });
    setCsrfToken(me.csrfToken);
    rememberMe(me);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      rememberMe(null);
      return null;
    }
    const remembered = e instanceof ApiError && e.status === 0 ? rememberedMe() : null;
    if (remembered) return remembered;
    throw e;
  }
}

const isOfflineMe = (me: MeView | null | undefined) => !!me && 'offline' in me;

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
  const query = useQuery({
    queryKey: ME_KEY,
    queryFn: fetchMe,
    staleTime: 5 * 60_000,
    // fetchMe answers offline itself (the remembered user); never wait for a connection.
    networkMode: 'always',
  });
  const me = query.data;
  const offline = isOfflineMe(me);

  // Opened offline from memory: ask the server again (and get the CSRF token) once back online.
  useEffect(() => {
    if (!offline) return;
    const again = () => void queryClient.invalidateQueries({ queryKey: ME_KEY });
    window.addEventListener('online', again);
    return () => window.removeEventListener('online', again);
  }, [offline, queryClient]);

  const setMe = useCallback(
    (next: MeView | null) => {
      setCsrfToken(next?.csrfToken ?? null);
      rememberMe(next);
      queryClient.setQueryData(ME_KEY, next);
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await api.post('/api/auth/logout', undefined, { allowUnauthorized: true });
    } finally {
      setCsrfToken(null);
      rememberMe(null);
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
