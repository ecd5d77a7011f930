/**
 * Values handed to the library may be proxies or carry getters that throw. Reading them
 * through here turns a throw into the caller's fallback: a documented answer or a clear
 * TypeError, never a stranger's exception.
 */
export function safely<T>(read: () => T, fallback: () => T): T {
  try {
    return read();
  } catch {
    return fallback();
  }
}
